package io.chargedesk.usecase.port;

import io.chargedesk.alert.Alert;
import io.chargedesk.alert.AlertChange;
import io.chargedesk.alert.AlertKey;
import java.time.Instant;
import java.util.List;

/** The site's alerts, as the collector raises and clears them and attendants acknowledge them. */
public interface AlertRecords {

    /** Stores raised alerts and clears the open ones that ended, in order, in one transaction. */
    void record(List<AlertChange> changes) throws StoreException;

    /** The alerts not cleared yet, for the rules of a collector that starts. */
    List<AlertKey> open() throws StoreException;

    /** At most {@code limit} alerts: those not acknowledged first, then the rest; newest first within each. */
    List<Alert> recent(int limit) throws StoreException;

    /** Records who acknowledged the alert and when; false if there is no such alert or it was acknowledged already. */
    boolean acknowledge(long id, String by, Instant at) throws StoreException;
}
