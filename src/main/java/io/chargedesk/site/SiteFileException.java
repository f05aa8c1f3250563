package io.chargedesk.site;

import io.chargedesk.yaml.Problem;
import io.chargedesk.yaml.ProblemsException;
import java.util.List;

/** A site file, or a settings form, that cannot be used; every problem names the field, and in a file its line. */
public class SiteFileException extends ProblemsException {

    private static final long serialVersionUID = 1L;

    public SiteFileException(List<Problem> problems) {
        super(problems);
    }
}
