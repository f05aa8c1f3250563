package io.chargedesk.yaml;

import java.util.List;

/** Settings that cannot be used, with every problem found at once, each naming its place (file, line, field). */
public abstract class ProblemsException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> found;

    protected ProblemsException(List<Problem> found) {
        super(String.join(System.lineSeparator(), found.stream().map(Problem::english).toList()));
        this.found = List.copyOf(found);
    }

    /** Each problem in English: for logs and the command line. */
    public List<String> problems() {
        return found.stream().map(Problem::english).toList();
    }

    /** Each problem as found, for a screen to word in its reader's language. */
    public List<Problem> found() {
        return found;
    }
}
