package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.testing.Await;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class BusPollerObserverTest {

    @Test
    void observerSeesEveryResultTheSinkGetsWithItsRoundTrip() throws Exception {
        MeterReader good = reader("A1", true);
        MeterReader silent = reader("A2", false);
        ConcurrentLinkedQueue<PollResult> sunk = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<PollResult> observed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Duration> roundTrips = new ConcurrentLinkedQueue<>();
        BusPoller poller = new BusPoller("bus1", List.of(good, silent), Duration.ofMillis(5), Clock.systemUTC(),
                Pacer.REAL_TIME, sunk::add, (r, rt) -> {
                    observed.add(r);
                    roundTrips.add(rt);
                });
        poller.start();
        Await.until("a few polls", Duration.ofSeconds(10), () -> observed.size() >= 4);
        poller.close();

        assertThat(observed).containsExactlyElementsOf(sunk);
        assertThat(observed).anySatisfy(r -> assertThat(r).isInstanceOf(PollFailure.class));
        assertThat(roundTrips).allSatisfy(rt -> assertThat(rt).isPositive());
    }

    @Test
    void aClockSteppedBackNeverPausesTheBusLongerThanItsInterval() throws Exception {
        Instant start = Instant.parse("2026-10-25T01:30:00Z");
        MutableClock clock = new MutableClock(start);
        MeterReader steppingBack = new MeterReader() {
            @Override
            public String bayId() {
                return "A1";
            }

            @Override
            public Reading read(Instant at) {
                clock.advance(Duration.ofHours(-1));
                return new Reading("A1", at, Energy.ofWattHours(1), Power.ZERO);
            }
        };
        ConcurrentLinkedQueue<Duration> pauses = new ConcurrentLinkedQueue<>();
        BusPoller poller = new BusPoller("bus1", List.of(steppingBack), Duration.ofMillis(5), clock, d -> {
            pauses.add(d);
            Pacer.REAL_TIME.sleep(Duration.ofMillis(1));
        }, r -> { });
        poller.start();
        Await.until("a few pauses", Duration.ofSeconds(10), () -> pauses.size() >= 3);
        poller.close();

        assertThat(pauses).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(Duration.ofMillis(5)));
    }

    private static MeterReader reader(String bay, boolean answers) {
        return new MeterReader() {
            @Override
            public String bayId() {
                return bay;
            }

            @Override
            public Reading read(Instant at) throws MeterException {
                if (!answers) {
                    throw new MeterException(FaultKind.TIMEOUT, "no answer");
                }
                return new Reading(bay, at, Energy.ofWattHours(1), Power.ZERO);
            }
        };
    }
}
