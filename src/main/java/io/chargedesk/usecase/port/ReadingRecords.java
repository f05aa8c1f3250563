package io.chargedesk.usecase.port;

import io.chargedesk.meter.Reading;
import java.time.Instant;
import java.util.List;

/** The raw meter readings, while they are kept (raw_readings_days). */
public interface ReadingRecords {

    /** The bay's readings from {@code from} to {@code to}, both inclusive, in time order. */
    List<Reading> between(String bayId, Instant from, Instant to) throws StoreException;
}
