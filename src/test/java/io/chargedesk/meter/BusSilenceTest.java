package io.chargedesk.meter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.text.Reason;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bus is silent after a whole cycle of unanswered polls, never from a dead row of meters on a bus that answers. */
class BusSilenceTest {

    private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
    private final BusSilence bus = new BusSilence("bus1", Set.of("A1", "A2", "A3"));
    private int second;

    @Test
    void silentOnceEveryMeterWentUnansweredSinceTheLastAnswer() {
        assertThat(bus.accept(answer("A1"))).isFalse();
        assertThat(bus.accept(timeout("A2"))).isFalse();
        assertThat(bus.accept(timeout("A3"))).isFalse();
        assertThat(bus.silent()).as("A1 answered in this cycle").isFalse();
        assertThat(bus.accept(timeout("A1"))).as("the whole cycle unanswered").isTrue();
        assertThat(bus.silent()).isTrue();
        assertThat(bus.reason()).contains(Reason.of(BusSilence.Why.NO_METER_ANSWERS, "bus1", 3, T0.plusSeconds(2),
                Reason.of(FaultKind.TIMEOUT)));
        assertThat(bus.accept(timeout("A2"))).as("raised once").isFalse();
    }

    @Test
    void oneAnswerEndsTheSilence() {
        bus.accept(timeout("A1"));
        bus.accept(timeout("A2"));
        bus.accept(timeout("A3"));
        assertThat(bus.accept(answer("A1"))).isTrue();
        assertThat(bus.silent()).isFalse();
        assertThat(bus.reason()).isEmpty();
    }

    @Test
    void deadMetersOnABusWhereOneAnswersAreNoSilentBusHoweverLong() {
        for (int cycle = 0; cycle < 100; cycle++) {
            bus.accept(timeout("A1"));
            bus.accept(timeout("A2"));
            bus.accept(answer("A3"));
        }
        assertThat(bus.silent()).isFalse();
    }

    @Test
    void aCorruptedAnswerOrARefusalIsSomethingTalking() {
        bus.accept(timeout("A1"));
        bus.accept(timeout("A2"));
        bus.accept(new PollFailure("A3", T0, FaultKind.CRC, ""));
        bus.accept(timeout("A1"));
        bus.accept(timeout("A2"));
        assertThat(bus.silent()).isFalse();
        bus.accept(timeout("A3"));
        assertThat(bus.silent()).isTrue();
    }

    @Test
    void aGonePortNeitherStartsNorEndsASilence() {
        bus.accept(timeout("A1"));
        bus.accept(timeout("A2"));
        assertThat(bus.accept(new PollFailure("A3", T0, FaultKind.PORT_GONE, ""))).isFalse();
        assertThat(bus.silent()).as("the adapter, not the meters").isFalse();
        bus.accept(timeout("A3"));
        assertThat(bus.silent()).isTrue();
        assertThat(bus.accept(new PollFailure("A1", T0, FaultKind.PORT_GONE, ""))).isFalse();
        assertThat(bus.silent()).isTrue();
    }

    @Test
    void pollsOfBaysOnOtherBusesAreIgnored() {
        bus.accept(timeout("A1"));
        bus.accept(timeout("A2"));
        assertThat(bus.accept(answer("B1"))).isFalse();
        bus.accept(timeout("A3"));
        assertThat(bus.silent()).isTrue();
    }

    private PollFailure timeout(String bay) {
        return new PollFailure(bay, T0.plusSeconds(++second), FaultKind.TIMEOUT, "");
    }

    private Reading answer(String bay) {
        return new Reading(bay, T0.plusSeconds(++second), Energy.ofWattHours(1000), Power.ofWatts(0));
    }
}
