package io.chargedesk.yaml;

import java.util.List;

/** Settings that cannot be used, with every problem found at once, each naming its place (file, line, field). */
public abstract class ProblemsException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    protected ProblemsException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
