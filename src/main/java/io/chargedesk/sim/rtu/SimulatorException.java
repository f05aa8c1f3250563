package io.chargedesk.sim.rtu;

/** The simulator cannot serve on its port; the message says what to check. */
public class SimulatorException extends Exception {

    private static final long serialVersionUID = 1L;

    public SimulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
