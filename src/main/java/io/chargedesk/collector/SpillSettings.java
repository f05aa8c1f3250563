package io.chargedesk.collector;

import java.nio.file.Path;

/**
 * Where the collector keeps what the database does not have yet, and how much it may keep (see
 * {@code docs/decisions/0007-spill-journal.md}).
 *
 * @param folder this database's folder for the spill journal and the rows set aside; nothing else goes there
 * @param maxBytes what the journal and the set-aside rows may take on disk together
 * @param freeDiskMargin what they always leave free on the disk, for the database and everything else
 * @param readingsInMemory readings held in memory while the database fails before they go to the journal
 */
public record SpillSettings(Path folder, long maxBytes, long freeDiskMargin, int readingsInMemory) {

    public static final long MB = 1L << 20;
    public static final long DEFAULT_MAX_BYTES = 1024 * MB;
    public static final long DEFAULT_FREE_DISK_MARGIN = 512 * MB;
    public static final int DEFAULT_READINGS_IN_MEMORY = 10_000;
    /** The range a site may set for {@code maxBytes}, in MB. */
    public static final long LEAST_MB = 16;
    public static final long MOST_MB = 1L << 20;

    public SpillSettings {
        if (maxBytes < 0 || freeDiskMargin < 0 || readingsInMemory < 1) {
            throw new IllegalArgumentException("spill limits must be positive");
        }
    }

    /** The defaults, in {@code folder}. */
    public static SpillSettings in(Path folder) {
        return new SpillSettings(folder, DEFAULT_MAX_BYTES, DEFAULT_FREE_DISK_MARGIN, DEFAULT_READINGS_IN_MEMORY);
    }

    /**
     * These settings with the cap given as text in MB, as a site sets it (an environment variable or system
     * property named {@code setting}).
     *
     * @throws IllegalArgumentException not a whole number of MB in range; the message names the setting
     */
    public SpillSettings withMaxMegabytes(String setting, String text) {
        long mb;
        try {
            mb = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            mb = -1;
        }
        if (mb < LEAST_MB || mb > MOST_MB) {
            throw new IllegalArgumentException(setting + ": \"" + text + "\" is not a number of MB from " + LEAST_MB
                    + " to " + MOST_MB + "; it caps what the collector keeps on disk while the database fails "
                    + "(default " + DEFAULT_MAX_BYTES / MB + ").");
        }
        return new SpillSettings(folder, mb * MB, freeDiskMargin, readingsInMemory);
    }
}
