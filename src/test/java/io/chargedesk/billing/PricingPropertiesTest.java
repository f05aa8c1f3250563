package io.chargedesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.session.EnergyTrace;
import io.chargedesk.tariff.MinuteBasis;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What must hold for any tariff and any session: the sums a customer can redo, and no reward for using more. */
class PricingPropertiesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final PricingEngine ENGINE = new PricingEngine(ZONE);

    @Provide
    Arbitrary<Tariff> tariffs() {
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2"))
                .ofScale(4);
        Arbitrary<Optional<BigDecimal>> cap = price.map(p -> p.multiply(BigDecimal.TEN)).optional(0.3);
        Arbitrary<BigDecimal> vat = Arbitraries.of("0", "7", "19", "20", "21", "25.5").map(BigDecimal::new);
        Arbitrary<Boolean> timeOfUse = Arbitraries.of(true, false);
        return Combinators.combine(price, price, price, price, Arbitraries.integers().between(0, 60), cap, cap,
                Combinators.combine(vat, timeOfUse, Arbitraries.of(MinuteBasis.values())).as(Extra::new))
                .as((kwh, minute, fee, idle, grace, min, max, extra) -> {
                    Optional<Money> lo = min.map(PricingPropertiesTest::eur);
                    Optional<Money> hi = max.map(PricingPropertiesTest::eur);
                    if (lo.isPresent() && hi.isPresent() && lo.get().compareTo(hi.get()) > 0) {
                        hi = Optional.of(lo.get());
                    }
                    Tariff t = new Tariff("p", "P", Instant.EPOCH, eur(BigDecimal.ZERO).currency(), eur(kwh),
                            eur(minute), extra.basis(), eur(fee), eur(idle), Duration.ofMinutes(grace), lo, hi,
                            extra.vat(), Optional.empty());
                    return extra.timeOfUse() ? t.withTimeOfUse(PricingEngineTest.peakAndOffPeak().timeOfUse().get())
                            : t;
                });
    }

    private record Extra(BigDecimal vat, boolean timeOfUse, MinuteBasis basis) {}

    private static Money eur(BigDecimal amount) {
        return Money.of(amount, java.util.Currency.getInstance("EUR"));
    }

    /** A session from {@code startMinute} minutes into a week, with energy spread evenly over its time. */
    private static SessionUsage usage(long startMinute, long minutes, long wh, int idleShare) {
        Instant start = Instant.parse("2026-06-29T00:00:00Z").plus(Duration.ofMinutes(startMinute));
        Duration connected = Duration.ofMinutes(minutes);
        Instant end = start.plus(connected);
        EnergyTrace even = at -> Energy.ofWattHours(minutes == 0 ? 0
                : Duration.between(start, at).toSeconds() * wh / connected.toSeconds());
        return new SessionUsage(start, end, Energy.ofWattHours(wh), connected.multipliedBy(100 - idleShare)
                .dividedBy(100), connected, connected.multipliedBy(idleShare).dividedBy(100), even);
    }

    @Property(tries = 500)
    void linesSumToTheTotalAndNetPlusVatIsTheTotal(@ForAll("tariffs") Tariff tariff,
                                                   @ForAll @LongRange(max = 7 * 24 * 60) long startMinute,
                                                   @ForAll @LongRange(max = 3 * 24 * 60) long minutes,
                                                   @ForAll @LongRange(max = 300_000) long wh,
                                                   @ForAll @IntRange(max = 100) int idleShare) {
        Quote q = ENGINE.price(usage(startMinute, minutes, wh, idleShare), tariff);
        Money sum = q.lines().stream().map(QuoteLine::amount).reduce(Money.zero(q.total().currency()), Money::plus);
        assertThat(sum).isEqualTo(q.total());
        assertThat(q.net().plus(q.vat())).isEqualTo(q.total());
        assertThat(q.total().amount().scale()).isEqualTo(2);
        assertThat(q.total().isNegative()).isFalse();
        q.lines().forEach(l -> assertThat(l.amount()).isEqualTo(l.unitPrice().times(l.quantity()).rounded()));
        if (tariff.timeOfUse().isPresent()) {
            assertThat(q.energyParts().stream().mapToLong(p -> p.energy().wattHours()).sum()).isEqualTo(wh);
        }
    }

    @Property(tries = 500)
    void moreEnergyNeverCostsLess(@ForAll("tariffs") Tariff tariff,
                                  @ForAll @LongRange(max = 7 * 24 * 60) long startMinute,
                                  @ForAll @LongRange(min = 1, max = 24 * 60) long minutes,
                                  @ForAll @LongRange(max = 200_000) long wh,
                                  @ForAll @LongRange(max = 50_000) long extraWh,
                                  @ForAll @IntRange(max = 100) int idleShare) {
        Money less = ENGINE.price(usage(startMinute, minutes, wh, idleShare), tariff).total();
        Money more = ENGINE.price(usage(startMinute, minutes, wh + extraWh, idleShare), tariff).total();
        assertThat(more).isGreaterThanOrEqualTo(less);
    }
}
