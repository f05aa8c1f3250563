package io.chargedesk.session;

import io.chargedesk.text.TextLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * Who an attendant opened a session for; every field may be blank. A customer that does not fit the session's
 * columns cannot be made: one over-long plate would otherwise fail the collector's next write for the whole site.
 */
public record Customer(String name, String plate, String note) {

    public static final Customer NONE = new Customer("", "", "");

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
        List<String> problems = new ArrayList<>();
        check("Name", strip(name), TextLimit.CUSTOMER_NAME, problems);
        check("Plate", strip(plate), TextLimit.PLATE, problems);
        check("Note", strip(note), TextLimit.NOTE, problems);
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

    private static void check(String field, String text, TextLimit limit, List<String> problems) {
        limit.problem(text).ifPresent(p -> problems.add(field + ": " + p + "."));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
