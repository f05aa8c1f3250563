package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.usecase.PdfOutput;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code receipt --db PATH --session ID --out FILE.pdf}: issues a session's receipt, or reprints it as COPY. */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Issues the receipt of a closed session as PDF; if it was issued before, writes a copy "
                + "marked COPY. With --credit, cancels the session's receipt with a credit note.")
public final class ReceiptCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SessionChoice choice;

    @Mixin
    private ManagerPrompt manager;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--layout", paramLabel = "a4|roll", defaultValue = "a4",
            description = "Paper: ${COMPLETION-CANDIDATES} (80 mm thermal roll); default ${DEFAULT-VALUE}.")
    private Layout layout;

    @Option(names = "--credit", description = "Cancel the session's receipt with a credit note.")
    private boolean credit;

    @Option(names = "--correct", description = "Issue a corrected receipt, with the next number, for a session whose "
            + "receipt was credited; it names the session's customer unless --name or --plate is given.")
    private boolean correct;

    @Option(names = "--name", paramLabel = "NAME", description = "With --correct: the customer's name to print.")
    private String name;

    @Option(names = "--plate", paramLabel = "PLATE", description = "With --correct: the number plate to print.")
    private String plate;

    @Option(names = "--language", paramLabel = "CODE", description = "Language of a receipt or credit note issued "
            + "now: en or de (default: the site's for a receipt, the receipt's for a credit note); a copy keeps its own.")
    private String language;

    @Override
    public Integer call() throws StoreException, IOException {
        ReceiptFormat format = new ReceiptFormat(layout, OptionChecks.language(spec, "--language", language));
        // Only a credit note needs the manager: a receipt, or a copy of one, is the attendant's to give.
        ReceiptService receipts = credit ? choice.receipts(manager, Permission.CREDIT_RECEIPTS) : choice.receipts();
        Session s = choice.session(receipts);
        PdfOutput to = PdfOutput.file(out);
        if (credit && correct) {
            throw new IllegalArgumentException("--credit and --correct are two steps: credit first, then correct.");
        }
        if (!correct && (name != null || plate != null)) {
            throw new IllegalArgumentException("--name and --plate go with --correct.");
        }
        ReceiptService.Saved saved = credit ? receipts.saveCredit(s.id(), format, to)
                : correct ? receipts.saveCorrection(s.id(), new Customer(name != null ? name : s.customer().name(),
                        plate != null ? plate : s.customer().plate(), s.customer().note()), format, to)
                : receipts.saveReceipt(s.id(), format, to);
        ReceiptService.Issued issued = saved.issued();
        spec.commandLine().getErr().println((issued.copy() ? "Copy of " : "Issued ")
                + issued.fileName().replace(".pdf", "").replace("-copy", "").replace('-', ' ') + " ("
                + issued.document().total().toPlainString() + " " + issued.document().currency() + ") to "
                + saved.file());
        return 0;
    }
}
