package io.chargedesk.ui.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.UseCases;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.testing.RecordedSite;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.WhatIfPricing;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tariff form prices a past period under the draft it holds, through the what-if of the paperwork screen and
 * the one cost engine, beside what the sessions cost under the demo's tariff; the draft is stored nowhere.
 */
class TariffDraftWhatIfTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Wednesday 25 November 2026: the what-if's period is October at first. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:20:00Z"), BERLIN);

    @TempDir
    Path dir;

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private Database db;
    private final List<Tariff> added = new ArrayList<>();

    @BeforeEach
    void october() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        RecordedSite.demo(db, Instant.parse("2026-01-01T00:00:00Z"));
        // The demo's October: 0.59 a kWh on weekdays 08:00–20:00, 0.39 otherwise, no fee.
        session("A1", "2026-10-15T08:00:00Z", 10_000);
        session("A1", "2026-10-17T08:00:00Z", 20_000);
        session("A2", "2026-10-16T19:00:00Z", 5_000);
        session("A2", "2026-11-02T08:00:00Z", 7_000);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A closed hour of {@code wh} at {@code bay}, no idle time. */
    private void session(String bay, String start, long wh) throws Exception {
        Instant from = Instant.parse(start);
        Instant end = from.plus(Duration.ofHours(1));
        new SessionRepository(db).save(new Session(UUID.randomUUID(), bay, "1", from, Optional.of(end),
                Energy.ofWattHours(1_000_000), Energy.ofWattHours(1_000_000 + wh), Power.ofWatts(11_000),
                Duration.ofHours(1), end, false, Customer.NONE, Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
    }

    private TariffsViewModel model() {
        TariffsViewModel.TariffStore store = new TariffsViewModel.TariffStore() {
            @Override
            public List<Tariff> versions() throws Exception {
                return new TariffRepository(db).all();
            }

            @Override
            public List<TariffAuditEntry> audit() {
                return List.of();
            }

            @Override
            public Optional<Instant> lastReceiptIssued(String tariffId) {
                return Optional.empty();
            }

            @Override
            public void add(Tariff version) {
                added.add(version);
            }

            @Override
            public void withdraw(Tariff version) {
                throw new UnsupportedOperationException();
            }
        };
        return threads.build(() -> new TariffsViewModel(threads.offUi(TariffsViewModel.TariffStore.class, store),
                threads.offUi(TariffsViewModel.DraftPricing.class, (draft, from, to) ->
                        UseCases.whatIf(db, CLOCK).underDraft(draft, from, to)),
                Currency.getInstance("EUR"), BERLIN, CLOCK, text -> Optional.empty(), threads.background(),
                threads.ui(), Locale.ENGLISH));
    }

    @Test
    void aDraftPricesOctoberPerBayAndInTotalWithoutBeingSaved() throws Exception {
        int versions = new TariffRepository(db).all().size();
        TariffsViewModel m = model();
        threads.onUi(() -> {
            m.windows().clear();
            m.idProperty().set("flat");
            m.nameProperty().set("Flat with fee");
            m.energyPerKwhProperty().set("0.45");
            m.sessionFeeProperty().set("1.00");
        });
        assertThat(m.whatIf().fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(m.whatIf().toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));

        threads.onUi(m::whatIfDraft);

        assertThat(m.whatIf().rows()).extracting(WhatIfPricing.Row::bay).containsExactly("A1", "A2", "");
        WhatIfPricing.Row a1 = m.whatIf().rows().get(0);
        WhatIfPricing.Row a2 = m.whatIf().rows().get(1);
        WhatIfPricing.Row total = m.whatIf().rows().get(2);
        assertThat(a1.sessions()).isEqualTo(2);
        assertThat(a1.actual()).as("10 kWh at 0.59 and 20 kWh at 0.39").isEqualByComparingTo("13.70");
        assertThat(a1.whatIf()).as("30 kWh at 0.45 and two fees").isEqualByComparingTo("15.50");
        assertThat(a1.difference()).isEqualByComparingTo("1.80");
        assertThat(a2.sessions()).as("November's session is outside the period").isEqualTo(1);
        assertThat(a2.actual()).as("5 kWh at 0.39").isEqualByComparingTo("1.95");
        assertThat(a2.whatIf()).isEqualByComparingTo("3.25");
        assertThat(a2.difference()).isEqualByComparingTo("1.30");
        assertThat(total.actual()).isEqualByComparingTo("15.65");
        assertThat(total.whatIf()).isEqualByComparingTo("18.75");
        assertThat(total.difference()).isEqualByComparingTo("3.10");
        assertThat(total.unpriced()).isZero();
        assertThat(m.messageProperty().get())
                .isEqualTo("Priced under the draft Flat with fee (not saved): difference 3.10 in total.");

        assertThat(added).as("nothing handed to the store").isEmpty();
        assertThat(new TariffRepository(db).all()).as("no tariff row written").hasSize(versions);
    }

    @Test
    void aDraftThatDoesNotReadIsNotPriced() {
        TariffsViewModel m = model();
        threads.onUi(() -> {
            m.windows().clear();
            m.energyPerKwhProperty().set("lots");
        });
        threads.onUi(m::whatIfDraft);
        assertThat(m.whatIf().rows()).isEmpty();
        assertThat(m.messageProperty().get()).startsWith("The draft cannot be read yet");
    }
}
