package io.chargedesk.customer;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * What the console adds to a session beside the collector's name and plate: the registered customer chosen for it
 * and the car's odometer reading.
 */
public record SessionLink(UUID sessionId, OptionalLong customerId, OptionalInt odometerKm) {

    /** The highest odometer reading taken: seven digits of kilometres. */
    public static final int MAX_ODOMETER_KM = 9_999_999;

    /** @throws IllegalArgumentException when the reading is out of range */
    public SessionLink {
        odometerKm.ifPresent(km -> {
            if (km < 0 || km > MAX_ODOMETER_KM) {
                throw new IllegalArgumentException("Odometer: " + km + " km is out of range; type the whole "
                        + "kilometres the car shows, 0 to " + MAX_ODOMETER_KM + ", or leave it empty.");
            }
        });
    }

    /**
     * An odometer reading as typed: empty for a blank, whole kilometres otherwise (blanks and a thousands separator
     * of "." , "," or a blank allowed: "123.456").
     *
     * @throws IllegalArgumentException naming the field and what to type
     */
    public static OptionalInt odometer(String typed) {
        String t = typed == null ? "" : typed.strip().replaceAll("[\\s.,'\u00a0\u202f]", "");
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!t.matches("\\d{1,7}")) {
            throw new IllegalArgumentException("Odometer \"" + typed.strip() + "\": type the whole kilometres the "
                    + "car shows, 0 to " + MAX_ODOMETER_KM + ", or leave it empty.");
        }
        return OptionalInt.of(Integer.parseInt(t));
    }
}
