package io.chargedesk.store;

import java.util.UUID;

/**
 * Committed with the rows it stands for, it says that record {@code seq} of a file the collector keeps in the data
 * folder (its spill journal, a group of rows set aside) is in the database: after a crash the collector reads the
 * marks and writes nothing twice.
 */
public record WriteMark(UUID id, long seq) {
}
