package io.chargedesk.meter;

import java.util.List;

/** A register map file that cannot be used; every problem names the file, line and field. */
public class RegisterMapException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RegisterMapException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
