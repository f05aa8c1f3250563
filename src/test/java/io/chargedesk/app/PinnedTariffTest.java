package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.billing.SessionPricer;
import io.chargedesk.collector.Collector;
import io.chargedesk.collector.SpillSettings;
import io.chargedesk.export.SessionRow;
import io.chargedesk.meter.Reading;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.RecordedCustomerLinks;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.dashboard.DashboardViewModel;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.StoredTariffs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session keeps the tariff version it started under: one that claims an earlier start, slipped in past the rules,
 * reprices nothing already recorded, on the tile, in the list and export, or on the receipt.
 */
class PinnedTariffTest {

    /** Wednesday 6 May 2026, 10:00 in Berlin: the demo's flat 0.49 EUR/kWh version is in force. */
    private static final Instant T0 = Instant.parse("2026-05-06T08:00:00Z");

    @TempDir
    Path dir;

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    @Test
    void aVersionAddedWithAStartInThePastRepricesNoRecordedSession() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        SiteConfig demo = SiteSource.demo().config();
        Tariff flat = demo.tariffs().get(0);
        MutableClock clock = new MutableClock(T0);
        try (Collector collector = new Collector(demo, db, clock,
                CollectorLease.acquire(db, "pinned tariff test", Clock.systemUTC()), SpillSettings.in(dir.resolve("unsaved")))) {
            collector.start();
            for (int s = 0; s <= 600; s += 10) {
                collector.sink().accept(reading("A1", s, 100_000 + s * 3L, s == 0 ? 0 : 11_000));
                collector.sink().accept(reading("A2", s, 200_000 + s * 2L, s == 0 ? 0 : 7_000));
            }
            collector.sink().accept(reading("A2", 610, 201_201, 0));
            clock.advance(Duration.ofSeconds(610));
            Session a2 = collector.closeSession("A2").get(5, TimeUnit.SECONDS);
            Session a1 = collector.snapshot().bays().get(0).openSession().orElseThrow();
            TariffVersionRef pinned = new TariffVersionRef(flat.id(), flat.effectiveFrom());
            assertThat(a1.tariffVersion()).contains(pinned);
            assertThat(a2.tariffVersion()).contains(pinned);
            assertThat(new SessionRepository(db).find(a2.id()).orElseThrow().tariffVersion()).contains(pinned);

            StoredTariffs tariffs = UseCases.tariffs(db, clock);
            SessionPricer pricer = tariffs.pricer();
            DashboardViewModel dashboard = threads.build(() -> new DashboardViewModel(demo, pricer, collector,
                    from -> List.of(), new RecordedCustomerLinks(), Messages.of(Locale.ENGLISH), threads.background(),
                    threads.ui()));
            threads.onUi(() -> dashboard.update(collector.snapshot()));
            String tileBefore = dashboard.tiles().get(0).costProperty().get();
            Money listedBefore = pricer.price(a2, clock.instant()).orElseThrow().total();
            Map<String, String> exportedBefore = exported(db, clock.instant());

            // The editor's rule is passed by telling the repository it is two hours earlier than it is.
            Tariff backdated = Tariff.perKwh(flat.id(), T0.minus(Duration.ofHours(1)), Money.of("0.99", "EUR"),
                    BigDecimal.valueOf(19));
            new TariffRepository(db).addVersion(backdated, demo.site(), "test", T0.minus(Duration.ofHours(2)));
            tariffs.reload();
            Session unpinned = new Session(a2.id(), a2.bayId(), a2.meterSerial(), a2.start(), a2.end(),
                    a2.startRegister(), a2.endRegister(), a2.peakPower(), a2.chargingTime(), a2.lastChargingAt(),
                    a2.manual(), a2.customer(), a2.endReason(), a2.gaps(), a2.anomalies());
            assertThat(pricer.tariffFor(unpinned)).as("without its pin the session would be repriced")
                    .contains(backdated);

            threads.onUi(() -> dashboard.update(collector.snapshot()));
            assertThat(tileBefore).endsWith("EUR so far");
            assertThat(dashboard.tiles().get(0).costProperty().get()).as("tile").isEqualTo(tileBefore);
            assertThat(pricer.price(a2, clock.instant()).orElseThrow().total()).as("list").isEqualTo(listedBefore);
            assertThat(exported(db, clock.instant())).as("export").isEqualTo(exportedBefore);
            assertThat(UseCases.receipts(db, clock).receipt(a2.id(), ReceiptFormat.on(Layout.A4)).document().total()).as("receipt")
                    .isEqualByComparingTo(listedBefore.rounded().amount());
        }
    }

    private static Map<String, String> exported(Database db, Instant now) throws Exception {
        List<SessionRow> rows = UseCases.sessionReport(db, Clock.fixed(now, ZoneOffset.UTC))
                .rows(SessionFilter.ALL, now);
        assertThat(rows).hasSize(2).allMatch(r -> !r.cost().isEmpty());
        return rows.stream().collect(Collectors.toMap(SessionRow::sessionId, SessionRow::cost));
    }

    private static Reading reading(String bay, long second, long wh, long watts) {
        return new Reading(bay, T0.plusSeconds(second), Energy.ofWattHours(wh), Power.ofWatts(watts), "777");
    }
}
