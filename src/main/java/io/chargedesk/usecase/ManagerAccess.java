package io.chargedesk.usecase;

import io.chargedesk.access.AccessDenied;
import io.chargedesk.access.Actor;
import io.chargedesk.access.Permission;
import io.chargedesk.access.Pin;
import io.chargedesk.access.PinHash;
import io.chargedesk.access.Role;
import io.chargedesk.access.SignIn;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.usecase.port.ManagerPins;
import io.chargedesk.usecase.port.StoreException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who works at this desk (docs/decisions/0019-roles-and-audit.md): an attendant until a manager signs in with the
 * site's PIN; the manager is signed out after {@link #IDLE} without a manager's action, and after
 * {@link #FREE_TRIES} wrong PINs in a row sign-in waits {@link #LOCKOUT}. The use cases ask it before what only a
 * manager may do, so the console and the command line keep the same rule.
 */
public final class ManagerAccess {

    public static final Duration IDLE = Duration.ofMinutes(10);
    public static final int FREE_TRIES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final ManagerPins pins;
    private final Clock clock;
    private final Actor attendant;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    private Actor manager;
    private Instant lastAction;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    /**
     * @param attendant who works here before a manager signs in (the operating-system user, as an attendant)
     * @param iterations PBKDF2 iterations for a PIN set here ({@link PinHash#ITERATIONS}); a PIN set before keeps its own
     */
    public ManagerAccess(ManagerPins pins, Clock clock, Actor attendant, int iterations) {
        this.pins = pins;
        this.clock = clock;
        this.attendant = attendant;
        this.iterations = iterations;
    }

    /** The manager if one is signed in and was active within {@link #IDLE}, else the attendant. */
    public synchronized Actor current() {
        if (manager != null && Duration.between(lastAction, clock.instant()).compareTo(IDLE) >= 0) {
            manager = null;
        }
        return manager != null ? manager : attendant;
    }

    /** Throws {@link AccessDenied} unless a manager is signed in; counts as the manager's action otherwise. */
    public synchronized void require(Permission permission) {
        if (!current().isManager()) {
            throw new AccessDenied(permission);
        }
        lastAction = clock.instant();
    }

    /**
     * Signs {@code name} in as manager if {@code pin} is the site's; slow on purpose (the PIN's key derivation), so
     * call it off the FX thread. The PIN array is cleared.
     */
    public SignIn signIn(String name, char[] pin) throws StoreException {
        Actor who = new Actor(Role.MANAGER, name);
        if (who.name().isEmpty()) {
            throw new IllegalArgumentException("Name: type who signs in as manager.");
        }
        synchronized (this) {
            Duration wait = Duration.between(clock.instant(), lockedUntil);
            if (!wait.isNegative() && !wait.isZero()) {
                Arrays.fill(pin, '\0');
                return new SignIn(SignIn.Outcome.LOCKED_OUT, 0, wait);
            }
        }
        Optional<PinHash> stored = pins.stored();
        try {
            if (stored.isEmpty()) {
                return SignIn.of(SignIn.Outcome.NO_PIN_SET);
            }
            boolean right = stored.get().matches(pin);
            synchronized (this) {
                if (right) {
                    wrongInARow = 0;
                    manager = who;
                    lastAction = clock.instant();
                    return SignIn.of(SignIn.Outcome.SIGNED_IN);
                }
                if (++wrongInARow >= FREE_TRIES) {
                    lockedUntil = clock.instant().plus(LOCKOUT);
                    return new SignIn(SignIn.Outcome.LOCKED_OUT, 0, LOCKOUT);
                }
                return new SignIn(SignIn.Outcome.WRONG_PIN, FREE_TRIES - wrongInARow, Duration.ZERO);
            }
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    public synchronized void signOut() {
        manager = null;
    }

    /** Whether the site has a manager PIN yet. */
    public boolean pinSet() throws StoreException {
        return pins.stored().isPresent();
    }

    /**
     * Sets the site's manager PIN: the first one by whoever sets the site up, a new one only by a signed-in manager.
     * Recorded in the audit trail; the array is cleared.
     *
     * @throws IllegalArgumentException the PIN breaks {@link Pin}'s rule; the message says what to type
     */
    public void setPin(char[] newPin) throws StoreException {
        try {
            boolean first = !pinSet();
            if (!first) {
                require(Permission.CHANGE_MANAGER_PIN);
            }
            Pin.problem(newPin).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
            pins.set(PinHash.of(newPin, iterations, random), new AuditRecord(clock.instant(), current(),
                    AuditAction.MANAGER_PIN_SET, "", "", first ? "first manager PIN" : "manager PIN changed"));
        } finally {
            Arrays.fill(newPin, '\0');
        }
    }
}
