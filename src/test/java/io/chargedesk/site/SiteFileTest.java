package io.chargedesk.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chargedesk.text.Excerpt;
import io.chargedesk.text.Reason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteFileTest {

    private final SiteFile parser = new SiteFile(Set.of("sdm630", "sdm120")::contains);

    private static final String GOOD = """
            site: {name: Harbour Car Park, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 100,
                   operator: {name: Harbour GmbH, address: Kaiweg 1, vat_id: DE1}}
            buses:
              - {id: bus1, port: /dev/ttyUSB0, baud: 9600, parity: even, stop_bits: 1, timeout_ms: 300, poll_ms: 1000}
            session: {start_w: 100, start_hold_s: 5, end_timeout_s: 600}
            bays:
              - {id: A1, name: Bay A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
              - {id: A2, name: Bay A2, bus: bus1, address: 2, meter: sdm120, max_kw: 7.4,
                 session: {end_timeout_s: 300}, tariff: standard}
            demo: false
            tariffs:
              - {id: standard, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.49,
                 session_fee: 0.00, per_minute: 0.00, idle_per_minute: 0.10, idle_grace_min: 30, vat_percent: 19}
            """;

    @Test
    void readsTheDesignExample() throws Exception {
        SiteConfig c = parser.parse(GOOD, "site.yaml");
        assertThat(c.site().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.site().operator().vatId()).isEqualTo("DE1");
        assertThat(c.buses().get(0).parity()).isEqualTo(Parity.EVEN);
        assertThat(c.bays()).hasSize(2);
        assertThat(c.bay("A2").orElseThrow().rules().endTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(c.bay("A1").orElseThrow().rules().endTimeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(c.bay("A2").orElseThrow().maxPower().watts()).isEqualTo(7400);
        assertThat(c.tariffs().get(0).energyPerKwh().amount()).isEqualByComparingTo(new BigDecimal("0.49"));
        assertThat(c.tariffs().get(0).idleGrace()).isEqualTo(Duration.ofMinutes(30));
    }

    /** Every name a receipt prints is checked with the check given; here, anything with a car refused. */
    @Test
    void namesThatCannotBePrintedOnReceiptsAreReportedWithLineAndField() {
        SiteFile printing = new SiteFile(Set.of("sdm630", "sdm120")::contains,
                text -> text.contains("🚗") ? Optional.of(Reason.said("🚗 cannot be printed")) : Optional.empty());
        String bad = GOOD.replace("name: Harbour Car Park", "name: Harbour 🚗 Park")
                .replace("{name: Harbour GmbH, address: Kaiweg 1, vat_id: DE1}",
                        "{name: 🚗 GmbH, address: 🚗 1, vat_id: 🚗}")
                .replace("id: A1, name: Bay A1", "id: A🚗, name: Bay 🚗")
                .replace("{id: standard,", "{id: 🚗, name: 🚗 tariff,")
                .replace("tariff: standard}", "tariff: 🚗}");
        SiteFileException e = catchThrowableOfType(() -> printing.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "site.yaml:1: site.name: 🚗 cannot be printed",
                "site.yaml:2: site.operator.name: 🚗 cannot be printed",
                "site.yaml:2: site.operator.address: 🚗 cannot be printed",
                "site.yaml:2: site.operator.vat_id: 🚗 cannot be printed",
                "site.yaml:7: bays[0].id: 🚗 cannot be printed",
                "site.yaml:7: bays[0].name: 🚗 cannot be printed",
                "site.yaml:12: tariffs[0].id: 🚗 cannot be printed",
                "site.yaml:12: tariffs[0].name: 🚗 cannot be printed");
        assertThat(catchThrowableOfType(() -> printing.parse(GOOD.replace("energy_per_kwh: 0.49,", """
                time_of_use: [{name: 🚗 hours, days: daily, from: "00:00", to: "24:00", per_kwh: 0.49}],"""),
                "site.yaml"), SiteFileException.class).problems())
                .containsExactly("site.yaml:12: tariffs[0].time_of_use[0].name: 🚗 cannot be printed");
    }

    @Test
    void namesFileLineAndFieldOfEveryProblem() {
        String bad = GOOD.replace("address: 2,", "address: 248,")
                .replace("meter: sdm630", "meter: sdm999")
                .replace("energy_per_kwh: 0.49", "energy_per_kwh: -0.10")
                .replace("timezone: Europe/Berlin", "timezone: Europe/Atlantis");
        SiteFileException e = catchThrowableOfType(() -> parser.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "site.yaml:1: site.timezone: 'Europe/Atlantis' is not a time zone; use a region such as Europe/Berlin",
                "site.yaml:12: tariffs[0].energy_per_kwh: -0.10 is negative; use 0 or more",
                "site.yaml:7: bays[0].meter: 'sdm999' is not a known meter model",
                "site.yaml:8: bays[1].address: 248 is not a Modbus slave id (1–247)");
    }

    /** An area groups the dashboard's tiles: trimmed, 1–40 characters, written back as read. */
    @Test
    void aBaysAreaIsTrimmedBoundedAndNotBlank() throws Exception {
        SiteConfig c = parser.parse(GOOD.replace("id: A1, name: Bay A1,",
                "id: A1, name: Bay A1, area: '  Car park P2 ',"), "site.yaml");
        assertThat(c.bay("A1").orElseThrow().area()).contains("Car park P2");
        assertThat(c.bay("A2").orElseThrow().area()).isEmpty();
        assertThat(parser.parse(SiteFileWriter.write(c), "saved").bay("A1").orElseThrow().area())
                .contains("Car park P2");

        assertThat(catchThrowableOfType(() -> parser.parse(GOOD.replace("id: A1, name: Bay A1,",
                "id: A1, name: Bay A1, area: " + "P".repeat(41) + ","), "site.yaml"), SiteFileException.class)
                .problems()).containsExactly("site.yaml:7: bays[0].area: 41 characters; at most 40");
        assertThat(catchThrowableOfType(() -> parser.parse(GOOD.replace("id: A1, name: Bay A1,",
                "id: A1, name: Bay A1, area: '   ',"), "site.yaml"), SiteFileException.class)
                .problems()).containsExactly("site.yaml:7: bays[0].area: is empty");
    }

    @Test
    void refusesDuplicateAddressesAndUnknownBuses() {
        String bad = GOOD.replace("address: 2,", "address: 1,").replace("bus: bus1, address: 1, meter: sdm630",
                "bus: bus9, address: 1, meter: sdm630");
        assertThatThrownBy(() -> parser.parse(bad, "s.yaml"))
                .hasMessageContaining("bays[0].bus: 'bus9' is not one of the buses");
    }

    @Test
    void reportsBrokenYamlWithItsLine() {
        assertThatThrownBy(() -> parser.parse("site: {name: x\nbays: [", "s.yaml"))
                .isInstanceOf(SiteFileException.class).hasMessageContaining("s.yaml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void receiptsAreInEnglishUnlessTheSiteNamesALanguageWithTexts() throws Exception {
        assertThat(parser.parse(GOOD, "site.yaml").site().language()).isEqualTo(Locale.ENGLISH);
        String german = GOOD.replace("grid_limit_kw: 100,", "grid_limit_kw: 100, language: DE,");
        assertThat(parser.parse(german, "site.yaml").site().language()).isEqualTo(Locale.GERMAN);

        for (String wrong : new String[] {"xx", "deutsch", "d e", "de-AT", "é".repeat(5_000)}) {
            assertThatThrownBy(() -> parser.parse(GOOD.replace("grid_limit_kw: 100,", "grid_limit_kw: 100, "
                    + "language: '" + wrong + "',"), "site.yaml"))
                    .hasMessageContaining("site.yaml:1: site.language: '" + Excerpt.of(wrong) + "' is not a "
                            + "language ChargeDesk has texts in; use en (English) or de (German)");
        }
    }

    @Test
    void theSettingsFormKeepsTheReceiptLanguageItDoesNotShow() throws Exception {
        SiteConfig german = parser.parse(GOOD.replace("grid_limit_kw: 100,", "grid_limit_kw: 100, language: de,"),
                "site.yaml");
        SiteInfo s = german.site();
        SiteDraft form = new SiteDraft(german, s.name(), s.zone().getId(), s.currency().getCurrencyCode(), "100",
                s.operator().name(), s.operator().address(), s.operator().vatId(), true, List.of(), List.of());

        assertThat(parser.check(form).site().language()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void anUnknownSettingIsAMistakeNotSilence() {
        assertThatThrownBy(() -> parser.parse(GOOD.replace("poll_ms: 1000", "pol_ms: 1000"), "s.yaml"))
                .hasMessageContaining("buses[0].pol_ms: unknown setting");
    }

    @Test
    void aSiteWithoutBaysMustSayDemo() {
        assertThatThrownBy(() -> parser.parse("site: {name: x, timezone: UTC}\n", "s.yaml"))
                .hasMessageContaining("demo: true");
    }

    private static final String TIME_OF_USE = """
            site: {name: Depot, timezone: Europe/Berlin, currency: EUR}
            demo: true
            bays:
              - {id: A1, max_kw: 22}
            tariffs:
              - id: standard
                effective_from: 2026-06-01T00:00:00+02:00
                vat_percent: 19
                time_of_use:
                  - {name: peak, days: mon-fri, from: "08:00", to: "20:00", per_kwh: 0.59}
                  - {name: off-peak, days: mon-thu, from: 20:00, to: 08:00, per_kwh: 0.39}
                  - {name: weekend, days: "Fri", from: 20:00, to: "24:00", per_kwh: 0.35}
                  - {name: weekend, days: sat-sun, from: "00:00", to: "24:00", per_kwh: 0.35}
                  - {name: off-peak, days: mon, from: "00:00", to: "08:00", per_kwh: 0.39}
            """;

    @Test
    void readsTimeOfUseWindowsWrittenAsPeopleWriteThem() throws Exception {
        var tariff = parser.parse(TIME_OF_USE, "site.yaml").tariffs().get(0);
        var windows = tariff.timeOfUse().orElseThrow().windows();
        assertThat(windows).extracting(w -> w.name() + " " + w.describe() + " " + w.perKwh().amount())
                .containsExactly("peak Mon–Fri 08:00–20:00 0.59", "off-peak Mon–Thu 20:00–08:00 0.39",
                        "weekend Fri 20:00–24:00 0.35", "weekend Sat,Sun 00:00–24:00 0.35",
                        "off-peak Mon 00:00–08:00 0.39");
        assertThat(tariff.energyPerKwh().isZero()).isTrue();
    }

    @Test
    void namesTimeOfUseMistakesWithTheirLine() {
        String bad = TIME_OF_USE.replace("to: \"20:00\", per_kwh: 0.59", "to: \"21:00\", per_kwh: 0.59")
                .replace("days: \"Fri\", from: 20:00", "days: \"Fri\", from: 21:00")
                .replace("sat-sun", "sat");
        SiteFileException e = catchThrowableOfType(() -> parser.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactly(
                "site.yaml:10: tariffs[0].time_of_use: windows peak (Mon–Fri 08:00–21:00) and off-peak "
                        + "(Mon–Thu 20:00–08:00) overlap on Mon 20:00–21:00",
                "site.yaml:10: tariffs[0].time_of_use: windows peak (Mon–Fri 08:00–21:00) and off-peak "
                        + "(Mon–Thu 20:00–08:00) overlap on Tue 20:00–21:00",
                "site.yaml:10: tariffs[0].time_of_use: windows peak (Mon–Fri 08:00–21:00) and off-peak "
                        + "(Mon–Thu 20:00–08:00) overlap on Wed 20:00–21:00",
                "site.yaml:10: tariffs[0].time_of_use: windows peak (Mon–Fri 08:00–21:00) and off-peak "
                        + "(Mon–Thu 20:00–08:00) overlap on Thu 20:00–21:00",
                "site.yaml:10: tariffs[0].time_of_use: Sun 00:00–24:00 is in no time-of-use window");
        String wrong = TIME_OF_USE.replace("from: 20:00, to: 08:00", "from: 25:00, to: 08:00")
                .replace("per_kwh: 0.35}", "per_kwh: -0.35}").replace("vat_percent: 19", "vat_percent: 19\n    energy_per_kwh: 0.40");
        SiteFileException w = catchThrowableOfType(() -> parser.parse(wrong, "site.yaml"), SiteFileException.class);
        assertThat(w.problems()).contains(
                "site.yaml:12: tariffs[0].time_of_use[1].from: '25:00' is not a time of day such as 08:00 or 24:00",
                "site.yaml:13: tariffs[0].time_of_use[2].per_kwh: -0.35 is negative; use 0 or more",
                "site.yaml:9: tariffs[0].energy_per_kwh: leave it out with time-of-use windows: they set the price "
                        + "of every kWh");
    }

    @Test
    void textLongerThanItsColumnIsNamedWithFileLineAndField() {
        String bad = GOOD.replace("name: Harbour Car Park", "name: " + "S".repeat(300))
                .replace("{id: A1, name: Bay A1", "{id: " + "A".repeat(40) + ", name: Bay A1")
                .replace("name: Bay A2", "name: " + "B".repeat(150))
                .replace("id: bus1, port: /dev/ttyUSB0", "id: bus1, port: /dev/" + "t".repeat(300))
                .replace("vat_id: DE1", "vat_id: DE" + "1".repeat(70))
                .replace("{id: standard,", "{id: standard, name: " + "T".repeat(101) + ",");
        SiteFileException e = catchThrowableOfType(() -> parser.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "site.yaml:1: site.name: 300 characters; at most 200",
                "site.yaml:2: site.operator.vat_id: 72 characters; at most 64",
                "site.yaml:4: buses[0].port: 305 characters; at most 255",
                "site.yaml:7: bays[0].id: 40 characters; at most 32",
                "site.yaml:8: bays[1].name: 150 characters; at most 100",
                "site.yaml:12: tariffs[0].name: 101 characters; at most 100");
    }

    @Test
    void textWithAControlCharacterOrALineBreakIsRefused() {
        String bad = GOOD.replace("name: Bay A2", "name: \"Bay\\tA2\"")
                .replace("address: Kaiweg 1", "address: \"Kaiweg 1\\n20457 Hamburg\"");
        SiteFileException e = catchThrowableOfType(() -> parser.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "site.yaml:2: site.operator.address: has a line break at character 9; it must be one line",
                "site.yaml:8: bays[1].name: has a control character (U+0009) at character 4; remove it");
    }

    @Test
    void numbersOutOfAnyRealSitesRangeAreRefusedNotOverflowed() {
        String bad = GOOD.replace("grid_limit_kw: 100", "grid_limit_kw: 1e30")
                .replace("max_kw: 22", "max_kw: 1e999999")
                .replace("max_kw: 7.4", "max_kw: .nan")
                .replace("energy_per_kwh: 0.49", "energy_per_kwh: 0.1234567")
                .replace("idle_per_minute: 0.10", "idle_per_minute: 1e8")
                .replace("vat_percent: 19", "vat_percent: 100");
        SiteFileException e = catchThrowableOfType(() -> parser.parse(bad, "site.yaml"), SiteFileException.class);
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "site.yaml:1: site.grid_limit_kw: 1e30 is out of range (0–100000)",
                "site.yaml:7: bays[0].max_kw: 1e999999 is out of range (0–4000)",
                "site.yaml:8: bays[1].max_kw: '.nan' is not a number (write it like 0.49)",
                "site.yaml:12: tariffs[0].energy_per_kwh: 0.1234567 has more than 6 decimal places",
                "site.yaml:13: tariffs[0].idle_per_minute: 1e8 is out of range (0–10000000)",
                "site.yaml:13: tariffs[0].vat_percent: 100 is out of range (0–99.999)");
        String negative = GOOD.replace("grid_limit_kw: 100", "grid_limit_kw: -5")
                .replace("max_kw: 22", "max_kw: NaN")
                .replace("effective_from: 2026-01-01T00:00:00+01:00", "effective_from: +99999-01-01T00:00:00+01:00");
        SiteFileException n = catchThrowableOfType(() -> parser.parse(negative, "site.yaml"), SiteFileException.class);
        assertThat(n.problems()).containsExactlyInAnyOrder(
                "site.yaml:1: site.grid_limit_kw: -5 is negative; use 0 or more",
                "site.yaml:7: bays[0].max_kw: 'NaN' is not a number (write it like 0.49)",
                "site.yaml:12: tariffs[0].effective_from: '+99999-01-01T00:00:00+01:00' is not in the years "
                        + "1970–9999");
    }
}
