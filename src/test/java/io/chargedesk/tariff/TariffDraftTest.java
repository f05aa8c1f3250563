package io.chargedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.tariff.TariffDraft.Field;
import io.chargedesk.tariff.TariffDraft.WindowField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one reading of a tariff version as typed, for the site file and the tariff editor alike. */
class TariffDraftTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final TariffDraft.StartFormat OFFSET = TariffDraft.StartFormat.withOffset();

    private static Map<Field, String> fields(String... keyValues) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(Field.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return m;
    }

    private static TariffDraft.Window window(String name, String days, String from, String to, String perKwh) {
        return new TariffDraft.Window(Map.of(WindowField.NAME, name, WindowField.DAYS, days, WindowField.FROM, from,
                WindowField.TO, to, WindowField.PER_KWH, perKwh));
    }

    private static List<String> problems(TariffDraft draft) {
        return draft.read(EUR, OFFSET).problems().stream().map(p -> p.path() + ": " + p.message().toString()).toList();
    }

    @Test
    void whatIsLeftOutTakesTheSiteFilesDefaults() {
        Tariff t = new TariffDraft(fields("ID", " standard ", "EFFECTIVE_FROM", "2026-01-01 00:00:00+01:00"),
                Optional.empty()).read(EUR, OFFSET).tariff().orElseThrow();
        assertThat(t.id()).isEqualTo("standard");
        assertThat(t.name()).as("the id").isEqualTo("standard");
        assertThat(t.effectiveFrom()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(t.energyPerKwh().isZero()).isTrue();
        assertThat(t.minuteBasis()).isEqualTo(MinuteBasis.CHARGING);
        assertThat(t.idleGrace()).isEqualTo(Duration.ZERO);
        assertThat(t.minimum()).isEmpty();
        assertThat(t.vatPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(t.timeOfUse()).isEmpty();
    }

    @Test
    void namesEveryProblemByItsField() {
        TariffDraft draft = new TariffDraft(fields("ID", "", "EFFECTIVE_FROM", "+99999-01-01T00:00:00+01:00",
                "SESSION_FEE", "0,50", "PER_MINUTE_BASIS", "parked", "IDLE_GRACE_MIN", "1.5", "MAX_PRICE", "-2",
                "VAT_PERCENT", "19.0001", "NAME", "n".repeat(101)), Optional.empty());
        assertThat(problems(draft)).containsExactly(
                ".id: is empty",
                ".name: 101 characters; at most 100",
                ".effective_from: '+99999-01-01T00:00:00+01:00' is not in the years 1970–9999",
                ".session_fee: '0,50' is not a number (write it like 0.49)",
                ".per_minute_basis: 'parked' is not charging or connected",
                ".idle_grace_min: '1.5' is not a whole number",
                ".max_price: -2 is negative; use 0 or more",
                ".vat_percent: 19.0001 has more than 3 decimal places");
        assertThat(draft.read(EUR, OFFSET).tariff()).isEmpty();
    }

    @Test
    void windowsAreNamedByTheirPlaceAndTheWeekOnlyOnceEachWindowIsRight() {
        TariffDraft broken = new TariffDraft(fields("ID", "tou", "EFFECTIVE_FROM", "2026-01-01T00:00:00+01:00",
                "ENERGY_PER_KWH", "0.40"), Optional.of(List.of(window("day", "weekdays", "06:00", "22:00", "0.50"),
                window("night", "daily", "22:00", "25:00", "0.30"), window("", "daily", "08:00", "08:00", "0.30"))));
        assertThat(problems(broken)).containsExactly(
                ".time_of_use[0].days: 'weekdays' is not a list of days such as mon-fri, sat,sun or daily",
                ".time_of_use[1].to: '25:00' is not a time of day such as 08:00 or 24:00",
                ".time_of_use[2].name: is empty",
                ".energy_per_kwh: leave it out with time-of-use windows: they set the price of every kWh");

        TariffDraft gap = new TariffDraft(fields("ID", "tou", "EFFECTIVE_FROM", "2026-01-01T00:00:00+01:00"),
                Optional.of(List.of(window("day", "mon-sat", "00:00", "24:00", "0.50"))));
        assertThat(problems(gap)).containsExactly(".time_of_use: Sun 00:00–24:00 is in no time-of-use window");

        TariffDraft week = new TariffDraft(fields("ID", "tou", "EFFECTIVE_FROM", "2026-01-01T00:00:00+01:00"),
                Optional.of(List.of(window("day", "daily", "06:00", "22:00", "0.50"),
                        window("night", "daily", "22:00", "6:00", "0.30"))));
        assertThat(week.read(EUR, OFFSET).tariff().orElseThrow().timeOfUse().orElseThrow().windows())
                .extracting(TimeOfUseWindow::describe).containsExactly("Mon–Sun 06:00–22:00", "Mon–Sun 22:00–06:00");
    }

    @Test
    void whatOnlyTheVersionAsAWholeCanSayHasNoField() {
        TariffDraft.Result r = new TariffDraft(fields("ID", "x", "EFFECTIVE_FROM", "2026-01-01T00:00:00Z",
                "MIN_PRICE", "5", "MAX_PRICE", "2"), Optional.empty()).read(EUR, OFFSET);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEmpty();
            assertThat(p.message().toString()).isEqualTo("minimum 5.00 EUR is above maximum 2.00 EUR");
        });
    }

    @Test
    void theEditorsStartIsLocalTimeAndSaysHowToWriteIt() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        TariffDraft.StartFormat local = TariffDraft.StartFormat.local(berlin,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(local.parse(" 2026-12-01 00:00 ")).contains(Instant.parse("2026-11-30T23:00:00Z"));
        TariffDraft draft = new TariffDraft(fields("ID", "x", "EFFECTIVE_FROM", "tomorrow"), Optional.empty());
        assertThat(draft.read(EUR, local).problems()).extracting(p -> p.message().toString())
                .containsExactly("'tomorrow' is not a local date and time such as 2026-11-25 11:00");
        assertThat(draft.read(EUR, OFFSET).problems()).extracting(p -> p.message().toString())
                .containsExactly("'tomorrow' is not a date-time with offset such as 2026-01-01T00:00:00+01:00");
    }
}
