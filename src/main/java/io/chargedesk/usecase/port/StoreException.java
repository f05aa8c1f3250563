package io.chargedesk.usecase.port;

/** The database could not do what was asked; the message says what to do about it. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
