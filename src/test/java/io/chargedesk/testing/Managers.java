package io.chargedesk.testing;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Role;
import io.chargedesk.store.AuditRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ManagerPinRepository;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.ManagerAccess;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;

/**
 * The desk of a test: an attendant, or a manager signed in with {@link #PIN}. PINs set here take a thousand PBKDF2
 * iterations instead of the real count (kept with the hash), so tests do not spend seconds deriving keys.
 */
public final class Managers {

    public static final String PIN = "246810";
    public static final int CHEAP_ITERATIONS = 1_000;

    private Managers() {
    }

    public static ManagerAccess access(Database db, Clock clock) {
        return new ManagerAccess(new ManagerPinRepository(db), clock, new Actor(Role.ATTENDANT, "desk"),
                CHEAP_ITERATIONS);
    }

    /** The audit trail of {@code db} as an attendant signs it. */
    public static AuditLog attendant(Database db, Clock clock) {
        return new AuditLog(new AuditRepository(db), access(db, clock), clock);
    }

    /** Sets {@link #PIN} as the site's manager PIN if it has none yet. */
    public static void pinSet(Database db, Clock clock) throws StoreException {
        ManagerAccess access = access(db, clock);
        if (!access.pinSet()) {
            access.setPin(PIN.toCharArray());
        }
    }

    /** The audit trail of {@code db} as a manager signs it, {@link #PIN} set first if the site had none. */
    public static AuditLog manager(Database db, Clock clock) throws StoreException {
        pinSet(db, clock);
        ManagerAccess access = access(db, clock);
        access.signIn("Mara Manager", PIN.toCharArray());
        return new AuditLog(new AuditRepository(db), access, clock);
    }
}
