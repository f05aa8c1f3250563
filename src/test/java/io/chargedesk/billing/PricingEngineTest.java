package io.chargedesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.chargedesk.session.EnergyTrace;
import io.chargedesk.tariff.Days;
import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TimeOfUse;
import io.chargedesk.tariff.TimeOfUseWindow;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Golden examples, each computed by hand in its comment: the engine must agree to the cent. */
class PricingEngineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PricingEngine ENGINE = new PricingEngine(BERLIN);
    /** Wednesday 1 July 2026, 10:00 in Berlin (CEST, UTC+2). */
    private static final Instant WED_10 = Instant.parse("2026-07-01T08:00:00Z");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static Tariff tariff(String perKwh, String perMinute, MinuteBasis basis, String fee, String idle,
                                 int graceMin, String min, String max, String vat) {
        return new Tariff("t", "Test", Instant.EPOCH, eur("0").currency(), eur(perKwh), eur(perMinute), basis,
                eur(fee), eur(idle), Duration.ofMinutes(graceMin), Optional.ofNullable(min).map(PricingEngineTest::eur),
                Optional.ofNullable(max).map(PricingEngineTest::eur), new BigDecimal(vat), Optional.empty());
    }

    private static Tariff flat(String perKwh) {
        return tariff(perKwh, "0", MinuteBasis.CHARGING, "0", "0", 0, null, null, "19");
    }

    private static SessionUsage usage(long wh, Duration connected, Duration charging, Duration idle) {
        return new SessionUsage(WED_10, WED_10.plus(connected), Energy.ofWattHours(wh), charging, connected, idle,
                EnergyTrace.ENDS_ONLY);
    }

    private static List<String> lines(Quote q) {
        return q.lines().stream().map(l -> l.description() + ": " + l.computation() + " = " + l.amount().format())
                .toList();
    }

    @Test
    void flatEnergyPriceWithVatDerivedFromTheGrossTotal() {
        // 21.600 kWh × 0.49 = 10.584 → 10.58; VAT 10.58 × 19/119 = 1.68924 → 1.69; net 10.58 − 1.69 = 8.89
        Quote q = ENGINE.price(usage(21_600, Duration.ofMinutes(90), Duration.ofMinutes(85), Duration.ZERO),
                flat("0.49"));
        assertThat(lines(q)).containsExactly("Energy: 21.600 kWh × 0.49 EUR = 10.58 EUR");
        assertThat(q.total()).isEqualTo(eur("10.58"));
        assertThat(q.vat()).isEqualTo(eur("1.69"));
        assertThat(q.net()).isEqualTo(eur("8.89"));
        assertThat(q.energyParts()).isEmpty();
    }

    @Test
    void halfACentRoundsUp() {
        // 0.005 kWh × 1.00 = 0.005 → 0.01: an exact half cent goes up; 0.004 → 0.00
        assertThat(ENGINE.price(usage(5, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO), flat("1.00")).total())
                .isEqualTo(eur("0.01"));
        assertThat(ENGINE.price(usage(4, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO), flat("1.00")).total())
                .isEqualTo(eur("0.00"));
    }

    @Test
    void perMinuteOfConnectedTimeCountsWholeMinutesOnly() {
        // fee 1.00; 10.000 kWh × 0.30 = 3.00; connected 75 min 59 s → 75 min × 0.05 = 3.75; total 7.75
        Tariff t = tariff("0.30", "0.05", MinuteBasis.CONNECTED, "1.00", "0", 0, null, null, "19");
        Quote q = ENGINE.price(usage(10_000, Duration.ofSeconds(75 * 60 + 59), Duration.ofMinutes(40), Duration.ZERO),
                t);
        assertThat(lines(q)).containsExactly("Session fee: 1 session × 1.00 EUR = 1.00 EUR",
                "Energy: 10.000 kWh × 0.30 EUR = 3.00 EUR", "Connected time: 75 min × 0.05 EUR = 3.75 EUR");
        assertThat(q.total()).isEqualTo(eur("7.75"));
        // VAT 7.75 × 19/119 = 1.23739 → 1.24; net 6.51
        assertThat(q.vat()).isEqualTo(eur("1.24"));
        assertThat(q.net()).isEqualTo(eur("6.51"));
    }

    @Test
    void perMinuteOfChargingTime() {
        // 40 min of charging × 0.10 = 4.00, whatever the connected time
        Tariff t = tariff("0", "0.10", MinuteBasis.CHARGING, "0", "0", 0, null, null, "0");
        Quote q = ENGINE.price(usage(1_000, Duration.ofMinutes(120), Duration.ofMinutes(40), Duration.ZERO), t);
        assertThat(lines(q)).contains("Charging time: 40 min × 0.10 EUR = 4.00 EUR");
        assertThat(q.vat()).isEqualTo(eur("0.00"));
    }

    @Test
    void idleFeeRunsOnlyAfterTheGrace() {
        // idle 47 min 30 s, grace 30 min → 17 whole minutes × 0.10 = 1.70; energy 8.000 × 0.49 = 3.92; total 5.62
        Tariff t = tariff("0.49", "0", MinuteBasis.CHARGING, "0", "0.10", 30, null, null, "19");
        Quote q = ENGINE.price(usage(8_000, Duration.ofMinutes(120), Duration.ofMinutes(70),
                Duration.ofSeconds(47 * 60 + 30)), t);
        assertThat(lines(q)).contains("Idle after 30 min grace: 17 min × 0.10 EUR = 1.70 EUR");
        assertThat(q.total()).isEqualTo(eur("5.62"));
        Quote withinGrace = ENGINE.price(usage(8_000, Duration.ofMinutes(120), Duration.ofMinutes(70),
                Duration.ofMinutes(29)), t);
        assertThat(lines(withinGrace)).contains("Idle after 30 min grace: 0 min × 0.10 EUR = 0.00 EUR");
    }

    @Test
    void minimumAndMaximumAddAnAdjustmentLine() {
        // 1.000 kWh × 0.49 = 0.49 < minimum 2.00: adjustment 1.51
        Tariff capped = tariff("0.49", "0", MinuteBasis.CHARGING, "0", "0", 0, "2.00", "25.00", "19");
        Quote small = ENGINE.price(usage(1_000, Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ZERO), capped);
        assertThat(lines(small)).containsExactly("Energy: 1.000 kWh × 0.49 EUR = 0.49 EUR",
                "Minimum session price 2.00 EUR: 1 adjustment × 1.51 EUR = 1.51 EUR");
        assertThat(small.total()).isEqualTo(eur("2.00"));
        // 60.000 kWh × 0.49 = 29.40 > maximum 25.00: adjustment −4.40; VAT 25.00 × 19/119 = 3.99160 → 3.99
        Quote big = ENGINE.price(usage(60_000, Duration.ofHours(5), Duration.ofHours(5), Duration.ZERO), capped);
        assertThat(lines(big)).containsExactly("Energy: 60.000 kWh × 0.49 EUR = 29.40 EUR",
                "Maximum session price 25.00 EUR: 1 adjustment × -4.40 EUR = -4.40 EUR");
        assertThat(big.total()).isEqualTo(eur("25.00"));
        assertThat(big.vat()).isEqualTo(eur("3.99"));
        assertThat(big.net()).isEqualTo(eur("21.01"));
    }

    /** Peak on weekdays 08:00–20:00 at 0.59; off-peak at 0.39 the rest of the week. */
    static Tariff peakAndOffPeak() {
        TimeOfUse week = TimeOfUse.of(List.of(
                window("peak", "mon-fri", "08:00", "20:00", "0.59"),
                window("off-peak", "mon-fri", "20:00", "08:00", "0.39"),
                window("off-peak", "sat", "08:00", "24:00", "0.39"),
                window("off-peak", "sun", "00:00", "24:00", "0.39"),
                window("off-peak", "mon", "00:00", "08:00", "0.39")));
        return flat("0").withTimeOfUse(week);
    }

    static TimeOfUseWindow window(String name, String days, String from, String to, String perKwh) {
        return new TimeOfUseWindow(name, Days.parse(days).orElseThrow(), TimeOfUseWindow.parseClock(from).orElseThrow(),
                TimeOfUseWindow.parseClock(to).orElseThrow(), eur(perKwh));
    }

    @Test
    void timeOfUseSplitsTheEnergyByTheRegisterReadAtTheBoundary() {
        // Wed 19:30–20:45 Berlin. The register read by 20:00 shows 5.432 kWh since the start; the session used 12.345.
        // peak 5.432 × 0.59 = 3.20488 → 3.20; off-peak 6.913 × 0.39 = 2.69607 → 2.70; total 5.90
        // VAT 5.90 × 19/119 = 0.94202 → 0.94; net 4.96
        Instant start = Instant.parse("2026-07-01T17:30:00Z");
        Instant boundary = Instant.parse("2026-07-01T18:00:00Z");
        Instant end = Instant.parse("2026-07-01T18:45:00Z");
        EnergyTrace trace = at -> at.isBefore(boundary) ? Energy.ofWattHours(2_000) : Energy.ofWattHours(5_432);
        Quote q = ENGINE.price(new SessionUsage(start, end, Energy.ofWattHours(12_345), Duration.ofMinutes(75),
                Duration.ofMinutes(75), Duration.ZERO, trace), peakAndOffPeak());
        assertThat(lines(q)).containsExactly("Energy, peak: 5.432 kWh × 0.59 EUR = 3.20 EUR",
                "Energy, off-peak: 6.913 kWh × 0.39 EUR = 2.70 EUR");
        assertThat(q.total()).isEqualTo(eur("5.90"));
        assertThat(q.vat()).isEqualTo(eur("0.94"));
        assertThat(q.net()).isEqualTo(eur("4.96"));
        assertThat(q.energyParts()).containsExactly(
                new EnergyPart(start, boundary, "peak", Energy.ofWattHours(5_432)),
                new EnergyPart(boundary, end, "off-peak", Energy.ofWattHours(6_913)));
    }

    @Test
    void energyWithNoReadingBeforeABoundaryBelongsToTheWindowOfTheNextReading() {
        // The meter was not read between the start and 20:00 (a gap): all 3.000 kWh show after it, at off-peak.
        Instant start = Instant.parse("2026-07-01T17:50:00Z");
        Instant end = Instant.parse("2026-07-01T18:10:00Z");
        Quote q = ENGINE.price(new SessionUsage(start, end, Energy.ofWattHours(3_000), Duration.ofMinutes(20),
                Duration.ofMinutes(20), Duration.ZERO, EnergyTrace.ENDS_ONLY), peakAndOffPeak());
        assertThat(lines(q)).containsExactly("Energy, peak: 0.000 kWh × 0.59 EUR = 0.00 EUR",
                "Energy, off-peak: 3.000 kWh × 0.39 EUR = 1.17 EUR");
    }

    @Test
    void aWindowVisitedTwiceIsOneLineAndATraceOutOfRangeIsKeptInside() {
        // Fri 19:00 → Mon 09:00: peak, off-peak all weekend, peak again. A trace that claims more than the session's
        // energy (a misread) is held to it, and one that goes back is held to what was already counted.
        Instant start = Instant.parse("2026-07-03T17:00:00Z");
        Instant end = Instant.parse("2026-07-06T07:00:00Z");
        EnergyTrace wild = at -> at.isBefore(Instant.parse("2026-07-04T00:00:00Z")) ? Energy.ofWattHours(99_999)
                : Energy.ofWattHours(1);
        Quote q = ENGINE.price(new SessionUsage(start, end, Energy.ofWattHours(30_000), Duration.ofHours(62),
                Duration.ofHours(62), Duration.ZERO, wild), peakAndOffPeak());
        assertThat(q.lines()).extracting(QuoteLine::description).containsExactly("Energy, peak", "Energy, off-peak");
        assertThat(q.energyParts()).extracting(EnergyPart::window).containsExactly("peak", "off-peak", "peak");
        assertThat(q.energyParts().stream().mapToLong(p -> p.energy().wattHours()).sum()).isEqualTo(30_000);
        assertThat(q.energyParts().get(0).energy()).isEqualTo(Energy.ofWattHours(30_000));
    }

    @Test
    void windowsFollowTheWallClockOnTheLongDstNight() {
        // Night 00:00–06:00 at 0.30, day 06:00–24:00 at 0.50. On 25 Oct 2026 Berlin turns 03:00 CEST back to 02:00
        // CET: the night from 00:00 (22:00Z) to 06:00 (05:00Z) lasts seven hours.
        Tariff t = flat("0").withTimeOfUse(TimeOfUse.of(List.of(window("night", "daily", "00:00", "06:00", "0.30"),
                window("day", "daily", "06:00", "24:00", "0.50"))));
        Instant start = Instant.parse("2026-10-24T20:00:00Z");
        Instant end = Instant.parse("2026-10-25T06:00:00Z");
        Quote q = ENGINE.price(new SessionUsage(start, end, Energy.ofWattHours(10_000), Duration.ofHours(10),
                Duration.ofHours(10), Duration.ZERO, at -> Energy.ofWattHours(
                        Duration.between(start, at).toMinutes() * 10_000 / 600)), t);
        assertThat(q.energyParts()).extracting(EnergyPart::window, p -> Duration.between(p.from(), p.to()))
                .containsExactly(tuple("day", Duration.ofHours(2)),
                        tuple("night", Duration.ofHours(7)),
                        tuple("day", Duration.ofHours(1)));
        // 2 h + 1 h of day = 3.000 kWh × 0.50 = 1.50; 7 h of night = 7.000 kWh × 0.30 = 2.10
        assertThat(lines(q)).containsExactly("Energy, day: 3.000 kWh × 0.50 EUR = 1.50 EUR",
                "Energy, night: 7.000 kWh × 0.30 EUR = 2.10 EUR");
    }
}
