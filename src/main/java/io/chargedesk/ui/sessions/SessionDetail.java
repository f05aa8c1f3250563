package io.chargedesk.ui.sessions;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.meter.Reading;
import java.util.List;

/**
 * Everything an operator needs when a customer disputes a bill: the session and its price, its per-minute
 * evidence, and the raw meter readings around it while they are still kept.
 */
public record SessionDetail(SessionItem item, List<HistoryBatch.SessionMinute> minutes, List<Reading> readings) {

    public SessionDetail {
        minutes = List.copyOf(minutes);
        readings = List.copyOf(readings);
    }
}
