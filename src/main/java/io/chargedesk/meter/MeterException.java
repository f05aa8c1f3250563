package io.chargedesk.meter;

/** A read of a meter that failed; {@link #kind()} says how, the message says what to check. */
public class MeterException extends Exception {

    private static final long serialVersionUID = 1L;
    private final FaultKind kind;

    public MeterException(FaultKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MeterException(FaultKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public FaultKind kind() {
        return kind;
    }
}
