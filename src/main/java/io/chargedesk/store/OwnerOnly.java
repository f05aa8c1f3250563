package io.chargedesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files and folders that only their owner may read or change: mode 0600 and 0700 on POSIX systems; on Windows an
 * access list that allows the owner alone (best effort: a file system with neither, such as FAT, keeps its own).
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code folder} and its missing parents owner-only; folders that exist already are left as they are. */
    public static void createFolders(Path folder) throws IOException {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        Files.createDirectories(folder);
        for (Path created = folder.toAbsolutePath(); created != null && !created.equals(existing);
                created = created.getParent()) {
            restrict(created);
        }
    }

    /** Takes away every other user's access to an existing file or folder. */
    public static void restrict(Path path) throws IOException {
        boolean folder = Files.isDirectory(path);
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(folder ? FOLDER : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            AclEntry.Builder owner = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class));
            if (folder) {
                owner.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
            }
            acl.setAcl(List.of(owner.build()));
        }
    }

    /**
     * Writes a new file that no one else may read, all at once: another program opening it at the same moment
     * finds it complete or not at all. Throws {@link FileAlreadyExistsException} if the file exists.
     */
    public static void createFile(Path file, byte[] content) throws IOException {
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".new");
        try {
            restrict(draft);
            Files.write(draft, content);
            try {
                // A hard link is created whole or fails if the name is taken; two programs racing here get one file.
                Files.createLink(file, draft);
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                if (noLinks instanceof FileAlreadyExistsException taken) {
                    throw taken;
                }
                Files.move(draft, file);
            }
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
