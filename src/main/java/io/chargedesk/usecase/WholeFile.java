package io.chargedesk.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document so that nobody ever sees half of it: a printer queue, a mail client or a viewer that opens the
 * file while it is written, or a crash in the middle, finds either the whole new document or none.
 */
public final class WholeFile {

    /** What goes into the file, streamed: an export of a month need not be held in memory first. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /** Writes {@code bytes} to {@code file} (its folder created if missing), replacing what was there. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        return write(file, out -> out.write(bytes));
    }

    /** Writes {@code content} to {@code file} (its folder created if missing), replacing what was there. */
    public static Path write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".chargedesk-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
