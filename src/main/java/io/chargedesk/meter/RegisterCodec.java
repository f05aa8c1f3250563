package io.chargedesk.meter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Turns register words into scaled numbers and back (the simulator encodes what the poller decodes).
 * Values stay {@link BigDecimal} from the wire on, so a float32 register is taken at its exact binary
 * value and rounded only once, to the Wh.
 */
public final class RegisterCodec {

    private RegisterCodec() {}

    /** The field's value in its quantity's unit; a float that is NaN or infinite is refused. */
    public static BigDecimal decode(RegisterField field, int[] registerWords) throws MeterException {
        long bits = combine(field, registerWords);
        BigDecimal raw = switch (field.type()) {
            case INT16 -> BigDecimal.valueOf((short) bits);
            case UINT16, UINT32 -> BigDecimal.valueOf(bits);
            case INT32 -> BigDecimal.valueOf((int) bits);
            case INT64 -> BigDecimal.valueOf(bits);
            case UINT64 -> new BigDecimal(new BigInteger(Long.toUnsignedString(bits)));
            case FLOAT32 -> {
                float f = Float.intBitsToFloat((int) bits);
                if (!Float.isFinite(f)) {
                    throw new MeterException(FaultKind.IMPLAUSIBLE_VALUE, field.quantity().key() + " at 0x"
                            + String.format("%04X", field.address()) + " reads " + f
                            + "; is the meter model right for this address?");
                }
                yield new BigDecimal(f);
            }
        };
        return raw.multiply(field.scale());
    }

    /** The register words for {@code value} (in the quantity's unit), rounded to the field's resolution. */
    public static int[] encode(RegisterField field, BigDecimal value) {
        BigDecimal raw = value.divide(field.scale(), 12, RoundingMode.HALF_UP);
        long bits = switch (field.type()) {
            case FLOAT32 -> Float.floatToIntBits(raw.floatValue()) & 0xFFFF_FFFFL;
            case UINT64 -> raw.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact().longValue();
            default -> raw.setScale(0, RoundingMode.HALF_UP).longValueExact();
        };
        int n = field.type().words();
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            int word = (int) (bits >>> (16 * (n - 1 - i))) & 0xFFFF;
            words[field.wordOrder() == WordOrder.HIGH_FIRST ? i : n - 1 - i] = word;
        }
        return words;
    }

    private static long combine(RegisterField field, int[] words) {
        int n = field.type().words();
        if (words.length != n) {
            throw new IllegalArgumentException(field.type() + " needs " + n + " words, got " + words.length);
        }
        long bits = 0;
        for (int i = 0; i < n; i++) {
            int word = words[field.wordOrder() == WordOrder.HIGH_FIRST ? i : n - 1 - i];
            bits = (bits << 16) | (word & 0xFFFF);
        }
        return bits;
    }
}
