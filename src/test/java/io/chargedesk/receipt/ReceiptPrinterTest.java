package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.chargedesk.ledger.ReceiptDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.junit.jupiter.api.Test;

/**
 * Prints a receipt as the console does before it has remembered a printer, to the system's default printer, here
 * a real CUPS-PDF printer (Debian's printer-driver-cups-pdf, added and made the default by .ci/run), and reads the
 * printed PDF back. Java prints through CUPS over IPP on localhost:631.
 */
class ReceiptPrinterTest {

    private static final String PRINTER = "ChargeDeskPDF";
    private static final Path CUPS_PDF_CONF = Path.of("/etc/cups/cups-pdf.conf");

    @Test
    void printsToTheDefaultPrinterAndRemembersIt() throws Exception {
        PrintService cupsPdf = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(PRINTER)).findFirst().orElse(null);
        assumeTrue(cupsPdf != null, "CUPS is not running or has no printer " + PRINTER + " (.ci/run starts CUPS and "
                + "adds it, after apt-get install cups cups-bsd printer-driver-cups-pdf)");
        // With nothing remembered the console prints to the default printer: never let that be a real one.
        assumeTrue(cupsPdf.equals(PrintServiceLookup.lookupDefaultPrintService()), PRINTER + " is not the default "
                + "printer, and this test prints to the default one (lpadmin -d " + PRINTER + ", as .ci/run does)");
        Preferences preferences = new MemoryPreferences();
        ReceiptPrinter printer = new ReceiptPrinter(() -> preferences);
        assertThat(printer.rememberedPrinter()).isEmpty();
        ReceiptDocument receipt = SampleReceipts.simple(7);
        // cups-pdf names its file after the job (the console's jobs are named after the receipt's file).
        String job = "receipt-000007-test-" + System.nanoTime();

        // The console asks with the print dialog first; without a screen the job goes straight to the printer.
        assertThat(printer.print(ReceiptPdf.render(receipt, Layout.A4, false), job, false)).isTrue();

        Path printed = awaitPrinted(job);
        try {
            // PDFBox prints glyphs as shapes, so the printed PDF has no text to extract: its QR code tells what it is.
            String scanned = PageImages.readQr(PageImages.render(Files.readAllBytes(printed)).get(0)).getText();
            assertThat(scanned).isEqualTo(receipt.verificationPayload()).contains(";R7;").contains(";10.58;EUR;");
        } finally {
            Files.delete(printed);
        }
        assertThat(new ReceiptPrinter(() -> preferences).rememberedPrinter()).as("the printer for next time")
                .contains(cupsPdf);
    }

    /** The job's PDF, once Ghostscript has finished writing it: the file is there from its first byte. */
    private static Path awaitPrinted(String job) throws IOException, InterruptedException {
        List<Path> folders = cupsPdfFolders();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Path> printed = find(folders, job);
            if (printed.isPresent() && new String(Files.readAllBytes(printed.get()), StandardCharsets.ISO_8859_1)
                    .stripTrailing().endsWith("%%EOF")) {
                return printed.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("CUPS-PDF wrote no PDF named after " + job + " into " + folders + " within 30 s; "
                + "see /var/log/cups/error_log and lpstat -o");
    }

    private static Optional<Path> find(List<Path> folders, String job) throws IOException {
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> printed = files.filter(f -> f.getFileName().toString().startsWith(job)
                            && f.toString().endsWith(".pdf")).findFirst();
                    if (printed.isPresent()) {
                        return printed;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where CUPS-PDF writes a job: its {@code Out} folder (Debian sets {@code ${HOME}/PDF}), or, for a user it
     * does not know, its {@code AnonDirName} folder; both with cups-pdf's defaults where the file does not set them.
     */
    private static List<Path> cupsPdfFolders() throws IOException {
        Map<String, String> settings = new HashMap<>(Map.of("Out", "/var/spool/cups-pdf/${USER}",
                "AnonDirName", "/var/spool/cups-pdf/ANONYMOUS"));
        if (Files.isReadable(CUPS_PDF_CONF)) {
            for (String line : Files.readAllLines(CUPS_PDF_CONF)) {
                String[] setting = line.trim().split("\\s+", 2);
                if (setting.length == 2 && settings.containsKey(setting[0])) {
                    settings.put(setting[0], setting[1]);
                }
            }
        }
        return settings.values().stream().map(folder -> Path.of(folder
                .replace("${HOME}", System.getProperty("user.home"))
                .replace("${USER}", System.getProperty("user.name")))).toList();
    }
}
