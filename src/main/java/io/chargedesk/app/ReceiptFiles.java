package io.chargedesk.app;

import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.receipt.ReceiptPrinter;
import io.chargedesk.ui.sessions.ReceiptActions;
import io.chargedesk.session.Customer;
import io.chargedesk.usecase.PdfOutput;
import io.chargedesk.usecase.ReceiptService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The console's receipts: issued through the service, saved as PDF in the data folder, printed on request. */
final class ReceiptFiles implements ReceiptActions {

    private final ReceiptService service;
    private final Path folder;
    private final ReceiptPrinter printer;
    private final ManagerGate gate;

    ReceiptFiles(ReceiptService service, Path folder, ReceiptPrinter printer, ManagerGate gate) {
        this.gate = gate;
        this.service = service;
        this.folder = folder;
        this.printer = printer;
    }

    @Override
    public Path issue(UUID sessionId, ReceiptFormat format) throws Exception {
        return service.saveReceipt(sessionId, format, PdfOutput.folder(folder)).file();
    }

    @Override
    public Path issueInto(UUID sessionId, Path target, ReceiptFormat format) throws Exception {
        return gate.asManager(() -> service.saveIntoBatch(sessionId, format, PdfOutput.folder(target)).file());
    }

    @Override
    public Path saveAs(UUID sessionId, Path file, ReceiptFormat format) throws Exception {
        return service.saveReceipt(sessionId, format, PdfOutput.file(file)).file();
    }

    @Override
    public Path credit(UUID sessionId, ReceiptFormat format) throws Exception {
        return gate.asManager(() -> service.saveCredit(sessionId, format, PdfOutput.folder(folder)).file());
    }

    @Override
    public Path correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) throws Exception {
        return service.saveCorrection(sessionId, onReceipt, format, PdfOutput.folder(folder)).file();
    }

    @Override
    public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) throws Exception {
        return service.statuses(sessionIds);
    }

    @Override
    public String evidence(UUID sessionId) throws Exception {
        return service.evidence(sessionId);
    }

    @Override
    public Set<UUID> withReceipt() throws Exception {
        return service.sessionsWithReceipt();
    }

    @Override
    public boolean print(Path pdf) throws Exception {
        return printer.print(Files.readAllBytes(pdf), pdf.getFileName().toString(), true);
    }
}
