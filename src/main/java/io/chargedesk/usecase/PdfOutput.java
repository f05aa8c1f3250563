package io.chargedesk.usecase;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the PDF of an issued receipt or credit note goes: a file someone named, or a folder where it is named
 * after its number. It is checked before a number is taken, so that a path that cannot be written never uses a
 * number up, and written only once the document is stored.
 */
public final class PdfOutput {

    private final Path path;
    private final boolean folder;

    private PdfOutput(Path path, boolean folder) {
        this.path = path.toAbsolutePath();
        this.folder = folder;
    }

    /** Exactly this file (missing folders are created). */
    public static PdfOutput file(Path file) {
        return new PdfOutput(file, false);
    }

    /** A file named after the document ({@code receipt-000042.pdf}) in this folder, created if missing. */
    public static PdfOutput folder(Path folder) {
        return new PdfOutput(folder, true);
    }

    /**
     * Makes sure a PDF can be written here, by writing (and deleting) a small file beside it.
     *
     * @throws IllegalArgumentException naming the path and what to do, when it cannot
     */
    void check() {
        Path dir = folder ? path : path.getParent();
        if (!folder && Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is a folder; give the PDF a file name. No number was used.");
        }
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".chargedesk-", ".tmp"));
            if (!folder && Files.exists(path) && !Files.isWritable(path)) {
                throw new AccessDeniedException(path.toString());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write the PDF to " + (folder ? dir : path) + " (" + reason(e)
                    + "): choose a folder you may write to, or fix its permissions, and try again. No number was "
                    + "used.", e);
        }
    }

    /** Writes the PDF and says where. */
    Path write(ReceiptService.Issued issued) throws IOException {
        Path file = folder ? path.resolve(issued.fileName()) : path;
        return WholeFile.write(file, issued.pdf());
    }

    /** Java names the path but rarely the reason: "permission denied", "Read-only file system". */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "a file named " + f.getFile() + " is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
