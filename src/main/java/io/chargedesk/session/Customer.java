package io.chargedesk.session;

/** Who an attendant opened a session for; every field may be blank. */
public record Customer(String name, String plate, String note) {

    public static final Customer NONE = new Customer("", "", "");

    public Customer {
        name = name == null ? "" : name.strip();
        plate = plate == null ? "" : plate.strip();
        note = note == null ? "" : note.strip();
    }

    public boolean isNone() {
        return name.isEmpty() && plate.isEmpty() && note.isEmpty();
    }
}
