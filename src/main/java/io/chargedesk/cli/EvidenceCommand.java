package io.chargedesk.cli;

import io.chargedesk.receipt.SessionEvidence;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidence --db PATH --session ID --out FILE.txt}: a closed session's evidence, for a customer to check. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Writes a closed session's evidence (registers, per-minute readings, tariff version) as the "
                + "canonical text whose SHA-256 its receipt prints, so a customer can check both.")
public final class EvidenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionChoice choice;

    @Option(names = "--out", required = true, paramLabel = "FILE.txt", description = "Where to write the evidence.")
    private Path out;

    @Override
    public Integer call() throws StoreException, IOException {
        ReceiptService receipts = choice.receipts();
        Session s = choice.session(receipts);
        String evidence = receipts.evidence(s.id());
        Files.createDirectories(out.toAbsolutePath().getParent());
        // Bytes exactly as hashed: any editor that changes line ends or encoding would change the fingerprint.
        Files.write(out, evidence.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getErr().println("Evidence of session " + s.id() + " to " + out.toAbsolutePath()
                + "; SHA-256 " + SessionEvidence.sha256(evidence) + " (printed on its receipt)");
        return 0;
    }
}
