package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.junit.jupiter.api.Test;

/**
 * Prints a receipt to a real CUPS-PDF printer (Debian's printer-driver-cups-pdf, set up by .ci/run) and
 * finds the printed PDF. Skips where no such printer is installed.
 */
class ReceiptPrinterTest {

    private static final List<Path> CUPS_PDF_OUTPUT = List.of(Path.of(System.getProperty("user.home"), "PDF"),
            Path.of("/var/spool/cups-pdf/ANONYMOUS"), Path.of("/root/PDF"));

    static ReceiptDocument sample(long number) {
        return new ReceiptDocument(ReceiptDocument.Kind.RECEIPT, number, null, Instant.parse("2026-07-01T12:00:00Z"),
                "Europe/Berlin", "Harbour Car Park", "Harbour Parking GmbH", "Kaiweg 1, 20457 Hamburg", "DE123456789",
                "0acb0b4a-be30-480e-ade2-047d9e2bccca", "A1", "Bay A1", "58731913",
                Instant.parse("2026-07-01T08:00:00Z"), Instant.parse("2026-07-01T09:30:00Z"), 5400, 5100, 4_198_218,
                4_219_818, "standard", "Standard", Instant.parse("2025-12-31T23:00:00Z"), new BigDecimal("19"), "EUR",
                List.of(new ReceiptDocument.Line("Energy", new BigDecimal("21.600"), "kWh", new BigDecimal("0.49"),
                        new BigDecimal("10.58"))), List.of(), new BigDecimal("8.89"), new BigDecimal("1.69"),
                new BigDecimal("10.58"), "d71c717dbadec1588cf92a46676e232d7564160c47ee6f5f8d19e1cd2505b675");
    }

    @Test
    void printsToACupsPdfPrinterAndRemembersIt() throws Exception {
        Optional<PrintService> pdfPrinter = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().toLowerCase().contains("pdf")).findFirst();
        assumeTrue(pdfPrinter.isPresent(), "no CUPS-PDF printer installed (apt-get install cups "
                + "printer-driver-cups-pdf, as .ci/run does); printing is checked by hand");
        Preferences prefs = new MemoryPreferences();
        prefs.put("printer", pdfPrinter.get().getName());
        ReceiptPrinter printer = new ReceiptPrinter(() -> prefs);
        long before = printedFiles().count();
        String job = "chargedesk-test-" + System.nanoTime();
        assertThat(printer.print(ReceiptPdf.render(sample(7), Layout.A4, false), job, false)).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (printedFiles().count() <= before && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(printedFiles().count()).as("a PDF printed by CUPS-PDF").isGreaterThan(before);
        assertThat(prefs.get("printer", "")).isEqualTo(pdfPrinter.get().getName());
    }

    private static Stream<Path> printedFiles() {
        return CUPS_PDF_OUTPUT.stream().filter(Files::isDirectory).flatMap(d -> {
            try (Stream<Path> files = Files.list(d)) {
                return files.filter(f -> f.toString().endsWith(".pdf")).toList().stream();
            } catch (java.io.IOException e) {
                return Stream.empty();
            }
        });
    }
}
