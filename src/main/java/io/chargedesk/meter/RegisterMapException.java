package io.chargedesk.meter;

import io.chargedesk.yaml.Problem;
import io.chargedesk.yaml.ProblemsException;
import java.util.List;

/** A register map file that cannot be used; every problem names the file, line and field. */
public class RegisterMapException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    public RegisterMapException(List<Problem> problems) {
        super(problems);
    }
}
