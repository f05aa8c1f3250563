package io.chargedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receipt and credit-note numbers are written one way: on the document, in its file name, in tests. */
class ReceiptNumberTest {

    @Test
    void aNumberIsSixDigitsAndReadsBack() {
        assertThat(ReceiptDocument.formatNumber(42)).isEqualTo("000042");
        assertThat(ReceiptDocument.formatNumber(1_234_567)).as("grows past six digits").isEqualTo("1234567");
        for (long n : new long[] {1, 999_999, 1_000_000}) {
            assertThat(Long.parseLong(ReceiptDocument.formatNumber(n))).isEqualTo(n);
        }
    }
}
