package io.chargedesk.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToTheMinorUnit() {
        assertThat(Money.of("0.125", "EUR").rounded().amount()).isEqualByComparingTo("0.13");
        assertThat(Money.of("0.124", "EUR").rounded().amount()).isEqualByComparingTo("0.12");
        assertThat(Money.of("12.5", "JPY").rounded().amount()).isEqualByComparingTo("13");
    }

    @Test
    void refusesMixedCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "CHF")))
                .hasMessageContaining("cannot mix currencies");
    }

    @Test
    void equalityIgnoresScale() {
        assertThat(Money.of("1.5", "EUR")).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(Money.of("1.5", "EUR").hashCode()).isEqualTo(Money.of("1.50", "EUR").hashCode());
        assertThat(Money.of("1.5", "EUR").minorUnits()).isEqualTo(150);
    }

    @Test
    void energyIsWholeWattHoursAndNeverNegative() {
        assertThat(Energy.ofKilowattHours("12.3456").wattHours()).isEqualTo(12_346);
        assertThat(Energy.ofWattHours(12_345).format()).isEqualTo("12.345 kWh");
        assertThatThrownBy(() -> Energy.ofWattHours(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Energy.ofWattHours(5).since(Energy.ofWattHours(6)))
                .hasMessageContaining("went backwards");
    }

    @Test
    void powerOverTimeRoundsUpToTheWattHour() {
        assertThat(Power.ofWatts(11_000).over(Duration.ofMinutes(30))).isEqualTo(Energy.ofWattHours(5500));
        assertThat(Power.ofWatts(1).over(Duration.ofSeconds(1))).isEqualTo(Energy.ofWattHours(1));
        assertThat(Power.ofKilowatts(new BigDecimal("7.4")).watts()).isEqualTo(7400);
    }
}
