package io.chargedesk.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.ledger.ReceiptDocument;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The QR code on a receipt, read back from the rendered page as a scanner would: it must carry exactly the
 * document's verification payload, on both layouts, on reprints under their COPY mark, and on a receipt long
 * enough to fill an A4 page.
 */
class ReceiptQrTest {

    @ParameterizedTest(name = "{0} on {1}, copy {2}")
    @MethodSource("io.chargedesk.receipt.SampleReceipts#onEveryLayout")
    void theCodeCarriesTheVerificationPayload(ReceiptDocument receipt, Layout layout, boolean copy) throws Exception {
        List<BufferedImage> pages = PageImages.render(ReceiptPdf.render(receipt, layout, copy));

        String scanned = PageImages.readQr(pages.get(pages.size() - 1)).getText();

        assertThat(scanned).isEqualTo(receipt.verificationPayload())
                .contains(SampleReceipts.SESSION)
                .contains(SampleReceipts.EVIDENCE);
    }
}
