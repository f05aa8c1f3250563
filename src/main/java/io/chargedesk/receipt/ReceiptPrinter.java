package io.chargedesk.receipt;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints receipt PDFs through the operating system's printing (CUPS, Windows, macOS), optionally with its
 * print dialog, and remembers the printer last used as the default for next time.
 */
public final class ReceiptPrinter {

    private static final String PRINTER_KEY = "printer";

    /** Looked up only when printing: merely showing the console never writes the user's preferences. */
    private final Supplier<Preferences> preferences;

    public ReceiptPrinter(Supplier<Preferences> preferences) {
        this.preferences = preferences;
    }

    public static ReceiptPrinter withUserPreferences() {
        return new ReceiptPrinter(() -> Preferences.userNodeForPackage(ReceiptPrinter.class));
    }

    /** The printer used last time, if it is still there. */
    public Optional<PrintService> rememberedPrinter() {
        String name = preferences.get().get(PRINTER_KEY, "");
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(name)).findFirst();
    }

    /**
     * Prints the PDF. With {@code askUser} the system's print dialog comes first (call it off the UI thread);
     * returns false when the user cancels.
     */
    public boolean print(byte[] pdf, String jobName, boolean askUser) throws IOException, PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            Optional<PrintService> remembered = rememberedPrinter();
            if (remembered.isPresent()) {
                job.setPrintService(remembered.get());
            } else if (job.getPrintService() == null) {
                throw new PrinterException("No printer is installed. Add one in the system's printer settings, or "
                        + "save the receipt as PDF instead.");
            }
            if (askUser && !job.printDialog()) {
                return false;
            }
            job.print();
            preferences.get().put(PRINTER_KEY, job.getPrintService().getName());
            return true;
        }
    }
}
