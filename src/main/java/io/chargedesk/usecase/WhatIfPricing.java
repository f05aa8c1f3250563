package io.chargedesk.usecase;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.StoreException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the closed sessions of a past period would have cost under another tariff, per bay and in total, beside what
 * they cost under the tariff versions they were pinned to. Both through the one cost engine; nothing is stored and no
 * issued receipt is touched.
 */
public final class WhatIfPricing {

    /**
     * One bay's sessions (or, with bay "", all of them): their energy, the price they had and would have had, rounded
     * to the currency's minor unit per session as receipts are.
     *
     * @param unpriced sessions the other tariff had no version in force for at their start: left out of both prices
     */
    public record Row(String bay, int sessions, long energyWh, BigDecimal actual, BigDecimal whatIf, int unpriced) {

        public BigDecimal difference() {
            return whatIf.subtract(actual);
        }

        Row plus(Row o) {
            return new Row(bay, sessions + o.sessions, energyWh + o.energyWh, actual.add(o.actual),
                    whatIf.add(o.whatIf), unpriced + o.unpriced);
        }
    }

    /** The rows per bay in bay order, and their total. */
    public record Result(Instant from, Instant to, String tariffName, List<Row> bays, Row total) {}

    private final SessionRecords sessions;
    private final SessionPricer pricer;
    private final TariffBook book;

    public WhatIfPricing(SessionRecords sessions, SessionPricer pricer, TariffBook book) {
        this.sessions = sessions;
        this.pricer = pricer;
        this.book = book;
    }

    /** Under stored tariff {@code tariffId}: each session with the version of it in force at the session's start. */
    public Result underStored(String tariffId, Instant from, Instant to) throws StoreException {
        if (book.versions().stream().noneMatch(t -> t.id().equals(tariffId))) {
            throw new IllegalArgumentException("Tariff: there is no tariff " + tariffId + "; choose one of "
                    + book.versions().stream().map(Tariff::id).distinct().toList() + ".");
        }
        return compare(from, to, tariffId, s -> book.inForce(tariffId, s.start()));
    }

    /** Under {@code draft}, a version as typed in the tariff form, for every session whenever it started. */
    public Result underDraft(Tariff draft, Instant from, Instant to) throws StoreException {
        return compare(from, to, draft.name(), s -> Optional.of(draft));
    }

    private Result compare(Instant from, Instant to, String name, Function<Session, Optional<Tariff>> other)
            throws StoreException {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("To: the period must end after it starts.");
        }
        Map<String, Row> perBay = new TreeMap<>();
        for (Session s : sessions.list(SessionFilter.between(from, to))) {
            if (s.isOpen()) {
                continue;
            }
            Instant end = s.end().orElseThrow();
            Optional<Tariff> alternative = other.apply(s);
            Optional<Tariff> pinned = pricer.tariffFor(s);
            Row row;
            if (alternative.isEmpty() || pinned.isEmpty()) {
                row = new Row(s.bayId(), 1, s.energy().wattHours(), BigDecimal.ZERO, BigDecimal.ZERO, 1);
            } else {
                row = new Row(s.bayId(), 1, s.energy().wattHours(),
                        pricer.price(s, end, pinned.get()).total().rounded().amount(),
                        pricer.price(s, end, alternative.get()).total().rounded().amount(), 0);
            }
            perBay.merge(s.bayId(), row, Row::plus);
        }
        Row total = new Row("", 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
        for (Row r : perBay.values()) {
            total = total.plus(r);
        }
        return new Result(from, to, name, new ArrayList<>(perBay.values()), total);
    }
}
