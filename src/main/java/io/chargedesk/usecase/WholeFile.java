package io.chargedesk.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document so that nobody ever sees half of it: a printer queue, a mail client or a viewer that opens the
 * file while it is written, or a crash in the middle, finds either the whole new document or none.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Writes {@code bytes} to {@code file} (its folder created if missing), replacing what was there. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".chargedesk-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
