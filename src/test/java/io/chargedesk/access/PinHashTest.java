package io.chargedesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The manager PIN as stored: a salted, slow hash that keeps its parameters. */
class PinHashTest {

    private static final int FEW = 1_000;
    private final SecureRandom random = new SecureRandom();

    @Test
    void theRightPinMatchesAndAWrongOneDoesNot() {
        PinHash hash = PinHash.of("135790".toCharArray(), FEW, random);

        assertThat(hash.matches("135790".toCharArray())).isTrue();
        assertThat(hash.matches("135791".toCharArray())).isFalse();
        assertThat(hash.matches("".toCharArray())).isFalse();
    }

    @Test
    void theSamePinSetTwiceGetsAnotherSaltAndHash() {
        PinHash first = PinHash.of("135790".toCharArray(), FEW, random);
        PinHash second = PinHash.of("135790".toCharArray(), FEW, random);

        assertThat(second.salt()).isNotEqualTo(first.salt());
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(second.encoded()).isNotEqualTo(first.encoded());
    }

    @Test
    void theStoredFormKeepsItsIterationsSoTheyCanBeRaisedLater() {
        PinHash old = PinHash.of("135790".toCharArray(), FEW, random);
        String stored = old.encoded();

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("135790");
        PinHash read = PinHash.parse(stored);
        assertThat(read).isEqualTo(old);
        assertThat(read.matches("135790".toCharArray())).as("checked with the count it was made with").isTrue();
        assertThat(PinHash.ITERATIONS).as("the count for new PINs").isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void aStoredFormOfAnotherKindIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> PinHash.parse("sha1$abc")).hasMessageContaining("set-manager-pin");
    }

    @Test
    void aNewPinMustBeSixToTwelveDigits() {
        assertThat(Pin.problem("12345".toCharArray())).hasValueSatisfying(p -> assertThat(p).contains("6 to 12"));
        assertThat(Pin.problem("1234567890123".toCharArray())).isPresent();
        assertThat(Pin.problem("12345a".toCharArray())).hasValueSatisfying(p -> assertThat(p).contains("digits"));
        assertThat(Pin.problem("123456".toCharArray())).isEmpty();
    }
}
