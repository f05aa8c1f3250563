package io.chargedesk.ui.tariffs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chargedesk.app.SiteSource;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.testing.TestThreads;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tariff editor without a window: drafts checked as typed, versions added and withdrawn; on a ui thread and a
 * background thread as in the console, with a store that refuses a call on the ui thread.
 */
class TariffsViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 25 November 2026, 10:20 in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:20:00Z"), BERLIN);

    private final List<Tariff> stored;
    private final List<Tariff> withdrawn = new ArrayList<>();
    private volatile Optional<Instant> lastReceipt = Optional.empty();
    private final List<String> receiptsAskedFor = new ArrayList<>();

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final TariffsViewModel.TariffStore store = new TariffsViewModel.TariffStore() {
        @Override
        public List<Tariff> versions() {
            return List.copyOf(stored);
        }

        @Override
        public List<TariffAuditEntry> audit() {
            return List.of();
        }

        @Override
        public Optional<Instant> lastReceiptIssued(String tariffId) {
            receiptsAskedFor.add(tariffId);
            return lastReceipt;
        }

        @Override
        public void add(Tariff version) {
            stored.add(version);
        }

        @Override
        public void withdraw(Tariff version) {
            stored.remove(version);
            withdrawn.add(version);
        }
    };

    TariffsViewModelTest() throws Exception {
        stored = new ArrayList<>(SiteSource.demo().config().tariffs());
    }

    private TariffsViewModel model() {
        return model(Locale.ENGLISH);
    }

    private TariffsViewModel model(Locale locale) {
        return threads.build(() -> new TariffsViewModel(threads.offUi(TariffsViewModel.TariffStore.class, store),
                (draft, from, to) -> {
                    throw new UnsupportedOperationException("priced in TariffDraftWhatIfTest");
                }, Currency.getInstance("EUR"), BERLIN, CLOCK, ReceiptFonts::unprintable, threads.background(), threads.ui(),
                locale));
    }

    @Test
    void startsFromTheVersionInForceAtTheNextWholeHour() {
        TariffsViewModel m = model();
        assertThat(m.versions()).extracting(VersionItem::state)
                .containsExactly(VersionItem.IN_FORCE, VersionItem.SUPERSEDED);
        assertThat(m.idProperty().get()).isEqualTo("standard");
        assertThat(m.effectiveFromProperty().get()).isEqualTo("2026-11-25 11:00");
        assertThat(m.windows()).extracting(r -> r.name.get()).containsExactly("peak", "off-peak", "off-peak",
                "off-peak");
        assertThat(m.problems()).isEmpty();
        assertThat(m.validProperty().get()).isTrue();
    }

    @Test
    void namesThatReceiptsCannotPrintAreProblemsAsTheyAreTyped() {
        TariffsViewModel m = model();
        threads.onUi(() -> m.nameProperty().set("標準料金 🚗"));
        threads.onUi(() -> m.windows().get(0).name.set("👍 peak"));
        assertThat(m.problems()).containsExactly("Name: 🚗 (U+1F697) cannot be printed on a receipt; leave it out",
                "Window 1 (👍 peak) name: 👍 (U+1F44D) cannot be printed on a receipt; leave it out");
        assertThat(m.validProperty().get()).isFalse();

        threads.onUi(() -> m.nameProperty().set("標準料金"));
        threads.onUi(() -> m.windows().get(0).name.set("ピーク"));
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void namesEveryProblemAsItIsTyped() {
        TariffsViewModel m = model();
        threads.onUi(() -> m.windows().get(0).to.set("21:00"));
        assertThat(m.problems()).contains("windows peak (Mon–Fri 08:00–21:00) and off-peak (Mon–Fri 20:00–24:00) "
                + "overlap on Mon 20:00–21:00");
        threads.onUi(() -> m.windows().get(0).to.set("20:00"));
        threads.onUi(() -> m.windows().get(3).days.set("sat"));
        assertThat(m.problems()).containsExactly("Sun 00:00–24:00 is in no time-of-use window");
        threads.onUi(() -> m.windows().get(3).days.set("sat-sun"));
        threads.onUi(() -> m.windows().get(1).perKwh.set("-0.39"));
        threads.onUi(() -> m.idlePerMinuteProperty().set("ten cents"));
        assertThat(m.problems()).contains("Idle fee per minute: 'ten cents' is not a number (write it like 0.49)",
                "Window 2 (off-peak) price per kWh: -0.39 is negative; use 0 or more");
        assertThat(m.validProperty().get()).isFalse();
        threads.onUi(m::add);
        assertThat(m.messageProperty().get()).contains("fix the problems");
    }

    @Test
    void aNewVersionMayNotStartBeforeTheLastReceiptNorTwiceAtOneInstant() {
        lastReceipt = Optional.of(Instant.parse("2026-11-25T10:30:00Z"));
        TariffsViewModel m = model();
        assertThat(m.problems()).containsExactly("a receipt priced with tariff standard was issued at "
                + "2026-11-25 11:30; a new version must take effect after it, so no issued receipt could change");
        threads.onUi(() -> m.effectiveFromProperty().set("2026-06-01 00:00"));
        assertThat(m.problems()).anyMatch(p -> p.contains("already has a version from this instant"));
        threads.onUi(() -> m.effectiveFromProperty().set("tomorrow"));
        assertThat(m.problems()).containsExactly(
                "Effective from: 'tomorrow' is not a local date and time such as 2026-11-25 11:00");
    }

    @Test
    void theLastReceiptIsReadOncePerTariffInTheBackgroundNotOnEveryKeystroke() {
        TariffsViewModel m = model();
        for (String typed : List.of("0", "0.", "0.2", "0.25")) {
            threads.onUi(() -> m.sessionFeeProperty().set(typed));
        }
        assertThat(m.problems()).isEmpty();
        assertThat(receiptsAskedFor).containsExactly("standard");

        threads.onUi(() -> m.idProperty().set("winter"));
        assertThat(receiptsAskedFor).containsExactly("standard", "winter");
        threads.onUi(() -> m.idProperty().set("standard"));
        assertThat(receiptsAskedFor).as("known already").hasSize(2);
    }

    @Test
    void proposesTheNextWholeHourSaysSoAndRefusesAStartThatIsNotInTheFuture() {
        TariffsViewModel m = model();
        assertThat(m.effectiveFromNoteProperty().get())
                .isEqualTo("Takes effect at the next whole hour, 2026-11-25 11:00 (site time).");

        threads.onUi(() -> m.effectiveFromProperty().set("2026-11-25 10:00"));
        assertThat(m.problems()).containsExactly("Effective from: 2026-11-25 10:00 is not in the future; a new "
                + "version must take effect later than now, so no session recorded already is priced differently. "
                + "The next whole hour is 2026-11-25 11:00.");
        assertThat(m.effectiveFromNoteProperty().get()).isEmpty();
        threads.onUi(m::add);
        assertThat(stored).hasSize(2);

        threads.onUi(() -> m.effectiveFromProperty().set("2026-12-01 00:00"));
        assertThat(m.effectiveFromNoteProperty().get())
                .isEqualTo("Takes effect at 2026-12-01 00:00 (site time); the next whole hour is 2026-11-25 11:00.");
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void withNoVersionInForceTheFormStillProposesTheNextWholeHour() {
        stored.clear();
        assertThat(model().effectiveFromProperty().get()).isEqualTo("2026-11-25 11:00");
    }

    @Test
    void everyFieldIsBoundedByWhatTheDatabaseKeepsAndWhatATariffCanBe() {
        TariffsViewModel m = model();
        threads.onUi(() -> m.idProperty().set("s".repeat(33)));
        threads.onUi(() -> m.nameProperty().set("n".repeat(101)));
        threads.onUi(() -> m.sessionFeeProperty().set("1e999999"));
        threads.onUi(() -> m.perMinuteProperty().set("NaN"));
        threads.onUi(() -> m.idlePerMinuteProperty().set("0.1234567"));
        threads.onUi(() -> m.idleGraceMinProperty().set("99999999999999999999"));
        threads.onUi(() -> m.minPriceProperty().set("-1"));
        threads.onUi(() -> m.vatPercentProperty().set("100"));
        threads.onUi(() -> m.windows().get(0).name.set("w".repeat(61)));
        threads.onUi(() -> m.windows().get(1).perKwh.set("10000000.01"));

        assertThat(m.problems()).containsExactlyInAnyOrder(
                "Tariff id: 33 characters; at most 32",
                "Name: 101 characters; at most 100",
                "Session fee: '1e999999' is not a number (write it like 0.49)",
                "Per minute: 'NaN' is not a number (write it like 0.49)",
                "Idle fee per minute: 0.1234567 has more than 6 decimal places",
                "Idle grace (min): 99999999999999999999 is out of range (0–10000)",
                "Minimum price: -1 is negative; use 0 or more",
                "VAT %: 100 is out of range (0–99.999)",
                "Window 1 (" + "w".repeat(40) + "…) name: 61 characters; at most 60",
                "Window 2 (off-peak) price per kWh: 10000000.01 is out of range (0–10000000)");
        assertThat(m.validProperty().get()).isFalse();
    }

    @Test
    void aGermanUserReadsTheTariffsProblemsInGerman() {
        TariffsViewModel m = model(Locale.GERMANY);
        threads.onUi(() -> m.idProperty().set(""));
        threads.onUi(() -> m.effectiveFromProperty().set("morgen"));
        threads.onUi(() -> m.minPriceProperty().set("-1"));
        threads.onUi(() -> m.windows().get(0).days.set("werktags"));
        threads.onUi(() -> m.windows().get(0).from.set("25:00"));

        assertThat(String.join("\n", m.problems())).contains("ist leer", "„morgen“ ist nicht ein Datum mit Uhrzeit",
                "-1 ist negativ", "„werktags“ ist keine Liste von Tagen", "„25:00“ ist keine Uhrzeit")
                .doesNotContain("is empty", " is not ", "negative", "missing");
    }

    @Test
    void aGermanUserReadsTheChecksOfTheWeekAndOfTheWholeVersionInGerman() {
        TariffsViewModel m = model(Locale.GERMANY);
        threads.onUi(() -> m.windows().get(0).to.set("21:00"));
        assertThat(m.problems()).anySatisfy(p -> assertThat(p).endsWith("die Zeitfenster peak (Mo–Fr 08:00–21:00) "
                + "und off-peak (Mo–Fr 20:00–24:00) überschneiden sich am Mo 20:00–21:00"));
        threads.onUi(() -> m.windows().get(0).to.set("20:00"));
        threads.onUi(() -> m.windows().get(3).days.set("Sa"));
        assertThat(m.problems()).singleElement().asString().endsWith("So 00:00–24:00 liegt in keinem Zeitfenster");
        threads.onUi(() -> m.windows().get(3).days.set("Sa,So"));
        threads.onUi(() -> m.minPriceProperty().set("5"));
        threads.onUi(() -> m.maxPriceProperty().set("2"));
        assertThat(m.problems()).singleElement().asString()
                .endsWith("der Mindestpreis 5,00 EUR liegt über dem Höchstpreis 2,00 EUR");
        threads.onUi(() -> m.maxPriceProperty().set(""));
        threads.onUi(() -> m.effectiveFromProperty().set("01.06.2026 00:00"));
        assertThat(String.join("\n", m.problems())).contains("01.06.2026 00:00 liegt nicht in der Zukunft",
                "Die nächste volle Stunde ist 25.11.2026 11:00.").doesNotContain("future", "version");
    }

    @Test
    void theSiteFileAndTheEditorNameTheSameProblemsOfTheSameDraft() {
        TariffsViewModel m = model();
        threads.onUi(() -> {
            m.idProperty().set("s".repeat(33));
            m.effectiveFromProperty().set("2026-12-01 00:00");
            m.energyPerKwhProperty().set("0.40");
            m.sessionFeeProperty().set("0,50");
            m.minuteBasisProperty().set("parked");
            m.idleGraceMinProperty().set("1.5");
            m.vatPercentProperty().set("100");
            m.windows().get(0).days.set("weekdays");
            m.windows().get(1).perKwh.set("-0.39");
            m.windows().get(2).to.set("25:00");
        });

        StringBuilder file = new StringBuilder("""
                site: {name: Depot, timezone: Europe/Berlin, currency: EUR}
                demo: true
                bays:
                  - {id: A1}
                tariffs:
                  - effective_from: 2026-12-01T00:00:00+01:00
                """);
        for (var field : List.of(m.idProperty(), m.nameProperty(), m.energyPerKwhProperty(), m.sessionFeeProperty(),
                m.perMinuteProperty(), m.minuteBasisProperty(), m.idlePerMinuteProperty(), m.idleGraceMinProperty(),
                m.vatPercentProperty())) {
            file.append("    ").append(KEYS.get(field.getName())).append(": \"").append(field.get()).append("\"\n");
        }
        file.append("    time_of_use:\n");
        for (WindowRow w : m.windows()) {
            file.append("      - {name: \"%s\", days: \"%s\", from: \"%s\", to: \"%s\", per_kwh: \"%s\"}\n"
                    .formatted(w.name.get(), w.days.get(), w.from.get(), w.to.get(), w.perKwh.get()));
        }
        SiteFileException e = catchThrowableOfType(() -> SiteSource.parser().parse(file.toString(), "site.yaml"),
                SiteFileException.class);

        List<String> inTheFile = e.problems().stream().map(p -> p.replaceFirst("^site\\.yaml:\\d+: tariffs\\[0]\\S*: ", ""))
                .toList();
        List<String> inTheEditor = m.problems().stream().map(p -> p.replaceFirst("^[^:]+: ", "")).toList();
        assertThat(inTheEditor).hasSize(9).containsExactlyElementsOf(inTheFile);
        assertThat(m.problems()).contains("Tariff id: 33 characters; at most 32",
                "Window 2 (off-peak) price per kWh: -0.39 is negative; use 0 or more",
                "Energy per kWh: leave it out with time-of-use windows: they set the price of every kWh");
        assertThat(e.problems()).contains("site.yaml:7: tariffs[0].id: 33 characters; at most 32",
                "site.yaml:18: tariffs[0].time_of_use[1].per_kwh: -0.39 is negative; use 0 or more",
                "site.yaml:9: tariffs[0].energy_per_kwh: leave it out with time-of-use windows: they set the price of "
                        + "every kWh");
    }

    /** The site file's key of each field of the form. */
    private static final Map<String, String> KEYS = Map.of("id", "id", "name", "name", "energyPerKwh",
            "energy_per_kwh", "sessionFee", "session_fee", "perMinute", "per_minute", "minuteBasis",
            "per_minute_basis", "idlePerMinute", "idle_per_minute", "idleGraceMin", "idle_grace_min", "vatPercent",
            "vat_percent");

    @Test
    void addsAFlatVersionThenWithdrawsItBeforeItTakesEffect() {
        TariffsViewModel m = model();
        threads.onUi(() -> m.windows().clear());
        threads.onUi(() -> m.energyPerKwhProperty().set("0.45"));
        threads.onUi(() -> m.effectiveFromProperty().set("2026-12-01 00:00"));
        threads.onUi(() -> m.nameProperty().set("Winter"));
        assertThat(m.problems()).isEmpty();
        threads.onUi(m::add);
        assertThat(m.messageProperty().get()).isEqualTo("Added tariff standard from 2026-12-01 00:00.");
        Tariff added = stored.get(stored.size() - 1);
        assertThat(added.effectiveFrom()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(added.energyPerKwh().amount()).isEqualByComparingTo("0.45");
        assertThat(added.timeOfUse()).isEmpty();
        VersionItem future = m.versions().get(0);
        assertThat(future.state()).isEqualTo(VersionItem.FUTURE);
        assertThat(future.effectiveFrom()).isEqualTo("2026-12-01 00:00");

        threads.onUi(() -> m.withdraw(m.versions().get(1)));
        assertThat(m.messageProperty().get()).as("the version in force stays").startsWith("Only a version not yet");
        threads.onUi(() -> m.withdraw(future));
        assertThat(m.messageProperty().get()).isEqualTo("Withdrew tariff standard from 2026-12-01 00:00.");
        assertThat(withdrawn).containsExactly(added);
        assertThat(m.versions()).hasSize(2);
    }
}
