package io.chargedesk.session;

import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.text.ReasonCode;
import io.chargedesk.text.TextLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who an attendant opened a session for; every field may be blank. A customer that does not fit the session's
 * columns cannot be made: one over-long plate would otherwise fail the collector's next write for the whole site.
 */
public record Customer(String name, String plate, String note) {

    public static final Customer NONE = new Customer("", "", "");

    /** The field a problem is about; its reason is the argument (keys {@code reason.customer.*}). */
    public enum Field implements ReasonCode {
        NAME, PLATE, NOTE;

        @Override
        public String family() {
            return "reason.customer";
        }
    }

    /** @throws IllegalArgumentException with {@link #problems} when a field does not fit */
    public Customer {
        name = strip(name);
        plate = strip(plate);
        note = strip(note);
        List<String> problems = problems(name, plate, note);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /**
     * What keeps these fields from making a customer, one sentence each naming the field, e.g. "Plate: 45
     * characters; at most 32."; empty when they fit. Blanks around a field do not count: they are cut.
     */
    public static List<String> problems(String name, String plate, String note) {
        return reasons(name, plate, note, PrintCheck.NONE).stream().map(Reason::toString).toList();
    }

    /**
     * {@link #problems} as codes for the reader's language, and the name and plate, which the receipt prints,
     * checked by {@code print} too (the note is not printed).
     */
    public static List<Reason> reasons(String name, String plate, String note, PrintCheck print) {
        List<Reason> problems = new ArrayList<>();
        check(Field.NAME, print.problem(strip(name), TextLimit.CUSTOMER_NAME), problems);
        check(Field.PLATE, print.problem(strip(plate), TextLimit.PLATE), problems);
        check(Field.NOTE, TextLimit.NOTE.reason(strip(note)), problems);
        return problems;
    }

    /**
     * A customer as the database holds it, which fits by the column lengths; a character these rules refuse but an
     * older version stored is left out, so no session stops loading over it.
     */
    public static Customer stored(String name, String plate, String note) {
        return new Customer(TextLimit.CUSTOMER_NAME.fit(strip(name)), TextLimit.PLATE.fit(strip(plate)),
                TextLimit.NOTE.fit(strip(note)));
    }

    public boolean isNone() {
        return name.isEmpty() && plate.isEmpty() && note.isEmpty();
    }

    private static void check(Field field, Optional<Reason> problem, List<Reason> problems) {
        problem.ifPresent(p -> problems.add(Reason.of(field, p)));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
