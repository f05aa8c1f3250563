package io.chargedesk.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A manager PIN as stored: PBKDF2-HMAC-SHA256 of the PIN with a random salt, kept with its parameters
 * ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, Base64), so the iteration count can be raised later without
 * invalidating PINs already set (docs/decisions/0019-roles-and-audit.md).
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    /** OWASP's 2023 count for PBKDF2-HMAC-SHA256: a PIN of 6 digits takes an offline guesser days, not seconds. */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    /** A new hash of {@code pin} with a fresh salt. */
    public static PinHash of(char[] pin, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations));
    }

    /** Compares in constant time, so the time taken says nothing about how much of a guess was right. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static PinHash parse(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            throw new IllegalArgumentException("The stored manager PIN is not a " + ALGORITHM + " hash; set the PIN "
                    + "again with set-manager-pin.");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PinHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash p && p.iterations == iterations && Arrays.equals(p.salt, salt)
                && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return ALGORITHM + "$" + iterations + "$…";
    }
}
