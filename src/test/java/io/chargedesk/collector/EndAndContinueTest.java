package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.BayState;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.TestSites;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attendant stops a session while the car still charges, through the collector and into the database: the rest
 * of the charge is in a new session for the customer chosen, and no reading is outside a session.
 */
class EndAndContinueTest {

    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void afterEndingHereEveryStepOfTheChargeIsInExactlyOneSession() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        MutableClock clock = new MutableClock(T0);
        Customer ada = new Customer("Ada", "HH-AB 123", "");
        Customer bo = new Customer("Bo", "B-XY 9", "");
        Handover handover;
        try (Collector collector = new Collector(TestSites.oneBus("/dev/null", 100, 1000, 0, "sdm630"), db, clock,
                CollectorLease.acquire(db, "end and continue test", Clock.systemUTC()), SpillSettings.in(dir.resolve("unsaved")))) {
            collector.start();
            Consumer<Reading> meter = r -> collector.sink().accept(r);
            long wh = 50_000;
            meter.accept(reading(0, wh, 0));
            for (int s = 1; s <= 60; s++) {
                meter.accept(reading(s, wh += 3, 11_000));
            }
            collector.annotate("A1", ada).get(5, TimeUnit.SECONDS);
            clock.advance(Duration.ofSeconds(60));
            assertThatThrownBy(() -> collector.closeSession("A1").get(5, TimeUnit.SECONDS))
                    .hasRootCauseMessage("Bay A1 is still drawing 11.00 kW: stop the session again to end it here "
                            + "and start a new one for the rest of the charge.");

            handover = collector.endAndContinue("A1", bo).get(5, TimeUnit.SECONDS);

            assertThat(collector.snapshot().bays().get(0).state()).as("never free while power flows")
                    .isEqualTo(BayState.CHARGING);
            for (int s = 61; s <= 120; s++) {
                meter.accept(reading(s, wh += 3, 11_000));
            }
            meter.accept(reading(121, wh + 1, 0));
            clock.advance(Duration.ofSeconds(65));
            collector.closeSession("A1").get(5, TimeUnit.SECONDS);
        }

        List<Session> sessions = new SessionRepository(db).list(SessionFilter.ALL);
        assertThat(sessions).hasSize(2);
        Session first = sessions.get(0);
        Session second = sessions.get(1);
        assertThat(first.id()).isEqualTo(handover.ended().id());
        assertThat(second.id()).isEqualTo(handover.continued().id());
        assertThat(first.customer()).isEqualTo(ada);
        assertThat(first.endReason()).contains(EndReason.MANUAL);
        assertThat(second.customer()).isEqualTo(bo);
        assertThat(second.startRegister()).isEqualTo(first.endRegister());
        assertThat(second.start()).isEqualTo(first.end().orElseThrow());
        assertThat(first.energy().plus(second.energy())).as("what the register moved while the car charged")
                .isEqualTo(Energy.ofWattHours(120 * 3 + 1));

        List<Reading> readings = new ReadingRepository(db).between("A1", T0, T0.plusSeconds(200)).stream()
                .sorted(Comparator.comparing(Reading::at)).toList();
        assertThat(readings).hasSize(122);
        for (int i = 1; i < readings.size(); i++) {
            long from = readings.get(i - 1).importRegister().wattHours();
            long to = readings.get(i).importRegister().wattHours();
            assertThat(sessions.stream().filter(s -> s.startRegister().wattHours() <= from
                    && to <= s.endRegister().wattHours()).count())
                    .as("the step from reading %d to %d (%d to %d Wh) is in exactly one session", i - 1, i, from, to)
                    .isEqualTo(1);
        }
    }

    private static Reading reading(long second, long wh, long watts) {
        return new Reading("A1", T0.plusSeconds(second), Energy.ofWattHours(wh), Power.ofWatts(watts), "777");
    }
}
