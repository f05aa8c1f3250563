package io.chargedesk.yaml;

import io.chargedesk.text.Reason;

/**
 * One problem in settings: where it stands (a file and line, "site.yaml:12: ", or nothing in a form), the field's path
 * ({@code bays[3].address}, empty for the file as a whole) and what is wrong, as a code the reader's screen words.
 */
public record Problem(String where, String path, Reason what) {

    /** "site.yaml:12: bays[3].address: 300 is not a Modbus slave id (1–247)": for logs and the command line. */
    public String english() {
        return where + (path.isEmpty() ? "" : path + ": ") + what;
    }
}
