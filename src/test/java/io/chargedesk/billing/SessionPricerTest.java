package io.chargedesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionTraces;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffBook;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Which tariff version prices a session: the one it was pinned to as it opened, which is the bay's own tariff, else
 * the site's default, as in force at the start.
 */
class SessionPricerTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APR_1 = Instant.parse("2026-04-01T00:00:00Z");

    /** The site's default: its oldest version is the oldest in the book. */
    private static final Tariff STD_JAN = flat("std", JAN_1, "0.40");
    private static final Tariff STD_MAR = flat("std", MAR_1, "0.50");
    private static final Tariff FAST_FEB = flat("fast", FEB_1, "0.60");
    private static final Tariff FAST_APR = flat("fast", APR_1, "0.70");
    private static final TariffBook BOOK = new TariffBook(List.of(FAST_APR, STD_MAR, FAST_FEB, STD_JAN));
    /** Bay C1 has a tariff of its own; A1 has none. */
    private static final Map<String, String> BAY_TARIFFS = Map.of("C1", "fast");

    private static Tariff flat(String id, Instant from, String perKwh) {
        return Tariff.perKwh(id, from, Money.of(perKwh, "EUR"), new BigDecimal("19"));
    }

    /** 10 kWh in half an hour. */
    private static Session session(String bay, Instant start) {
        Instant end = start.plus(Duration.ofMinutes(30));
        return new Session(UUID.randomUUID(), bay, "777", start, Optional.of(end), Energy.ofWattHours(50_000),
                Energy.ofWattHours(60_000), Power.ofWatts(20_000), Duration.ofMinutes(30), end, false, Customer.NONE,
                Optional.of(EndReason.TIMEOUT), List.of(), List.of());
    }

    private static SessionPricer pricer(TariffBook book) {
        return new SessionPricer(() -> book, BAY_TARIFFS, ZoneOffset.UTC, SessionTraces.NONE);
    }

    @Test
    void aBayWithItsOwnTariffIsPricedWithThatTariffsVersionInForceAtTheStart() {
        Session s = session("C1", Instant.parse("2026-03-15T10:00:00Z"));

        assertThat(pricer(BOOK).tariffFor(s)).contains(FAST_FEB);
        Quote q = pricer(BOOK).price(s, s.end().orElseThrow()).orElseThrow();
        assertThat(q.tariff()).isEqualTo(FAST_FEB);
        assertThat(q.total()).as("10.000 kWh × 0.60").isEqualTo(Money.of("6.00", "EUR"));
    }

    @Test
    void aBayWithoutATariffIsPricedWithTheSitesDefaultInForceAtTheStart() {
        Session s = session("A1", Instant.parse("2026-03-15T10:00:00Z"));

        assertThat(pricer(BOOK).tariffFor(s)).contains(STD_MAR);
        assertThat(pricer(BOOK).price(s, s.end().orElseThrow()).orElseThrow().total())
                .as("10.000 kWh × 0.50").isEqualTo(Money.of("5.00", "EUR"));
    }

    @Test
    void theVersionInForceWhenTheSessionStartedPricesIt() {
        SessionPricer pricer = pricer(BOOK);
        Session acrossTheChange = session("C1", APR_1.minusSeconds(600));
        Session atTheChange = session("C1", APR_1);
        Session defaultBeforeAndAfter = session("A1", MAR_1.minusMillis(1));

        assertThat(pricer.tariffFor(acrossTheChange)).as("ends after the new version took effect").contains(FAST_FEB);
        assertThat(pricer.tariffFor(atTheChange)).as("a version is in force from its first instant").contains(FAST_APR);
        assertThat(pricer.tariffFor(defaultBeforeAndAfter)).contains(STD_JAN);
        assertThat(pricer.tariffFor(session("A1", MAR_1))).contains(STD_MAR);
    }

    @Test
    void aBaysTariffWithNoVersionInForceYetGivesNoPriceRatherThanAnotherTariffs() {
        Session beforeFast = session("C1", FEB_1.minusSeconds(1));

        assertThat(pricer(BOOK).tariffFor(beforeFast)).isEmpty();
        assertThat(pricer(BOOK).price(beforeFast, beforeFast.end().orElseThrow())).isEmpty();
    }

    @Test
    void aVersionAddedWhileThePricerLivesPricesTheNextSessionOfTheSameBay() {
        List<Tariff> versions = new ArrayList<>(List.of(STD_JAN, FAST_FEB));
        SessionPricer pricer = new SessionPricer(() -> new TariffBook(versions), BAY_TARIFFS, ZoneOffset.UTC,
                SessionTraces.NONE);
        Session first = session("C1", Instant.parse("2026-04-10T08:00:00Z"));
        Session second = session("C1", Instant.parse("2026-04-20T08:00:00Z"));
        Tariff fastApr15 = flat("fast", Instant.parse("2026-04-15T00:00:00Z"), "0.80");

        assertThat(pricer.price(first, first.end().orElseThrow()).orElseThrow().total())
                .isEqualTo(Money.of("6.00", "EUR"));
        versions.add(fastApr15);

        assertThat(pricer.tariffFor(first)).as("the earlier session keeps its version").contains(FAST_FEB);
        assertThat(pricer.tariffFor(second)).contains(fastApr15);
        assertThat(pricer.price(second, second.end().orElseThrow()).orElseThrow().total())
                .as("10.000 kWh × 0.80").isEqualTo(Money.of("8.00", "EUR"));
    }

    @Test
    void aPinnedSessionKeepsItsVersionWhenALaterVersionClaimsAnEarlierStart() {
        Session s = pinned(session("C1", Instant.parse("2026-04-10T08:00:00Z")), FAST_APR);
        Tariff backdated = flat("fast", Instant.parse("2026-04-05T00:00:00Z"), "0.99");
        SessionPricer pricer = pricer(new TariffBook(List.of(STD_JAN, FAST_FEB, FAST_APR, backdated)));

        assertThat(pricer.tariffFor(s)).contains(FAST_APR);
        assertThat(pricer.price(s, s.end().orElseThrow()).orElseThrow().total()).as("10.000 kWh × 0.70")
                .isEqualTo(Money.of("7.00", "EUR"));
        assertThat(pricer.pinFor("C1", s.start())).as("a session opening now would be pinned to the newest")
                .contains(new TariffVersionRef("fast", backdated.effectiveFrom()));
    }

    @Test
    void aPinToAVersionTheBookLacksFallsBackToTheVersionInForce() {
        Session s = pinned(session("A1", Instant.parse("2026-03-15T10:00:00Z")), flat("std", FEB_1, "0.45"));

        assertThat(pricer(BOOK).tariffFor(s)).contains(STD_MAR);
    }

    private static Session pinned(Session s, Tariff version) {
        return new Session(s.id(), s.bayId(), s.meterSerial(), s.start(), s.end(), s.startRegister(), s.endRegister(),
                s.peakPower(), s.chargingTime(), s.lastChargingAt(), s.manual(), s.customer(), s.endReason(), s.gaps(),
                s.anomalies(), s.faults(), Optional.of(new TariffVersionRef(version.id(), version.effectiveFrom())));
    }

    @Test
    void noTariffsAtAllGivesNoPrice() {
        Session s = session("A1", MAR_1);

        assertThat(pricer(new TariffBook(List.of())).price(s, s.end().orElseThrow())).isEmpty();
    }
}
