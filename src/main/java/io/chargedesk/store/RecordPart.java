package io.chargedesk.store;

import java.util.List;

/**
 * Rows that stand or fall together in a {@link RecordWriter#record recording}, with the marks that commit only if
 * they do.
 *
 * @param divisible whether, when the database refuses some of its rows, the rest may still be written: then each
 *     row is tried on its own and only the ones refused are left out
 */
public record RecordPart(RecordBatch rows, List<WriteMark> marks, boolean divisible) {

    public RecordPart {
        marks = List.copyOf(marks);
    }

    /** Rows of which every one the database takes is written. */
    public static RecordPart divisible(RecordBatch rows) {
        return new RecordPart(rows, List.of(), true);
    }

    /** Rows written all together, with their marks, or not at all. */
    public static RecordPart whole(RecordBatch rows, List<WriteMark> marks) {
        return new RecordPart(rows, marks, false);
    }
}
