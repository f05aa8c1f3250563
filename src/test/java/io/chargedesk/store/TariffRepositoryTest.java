package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** The site file's tariff versions enter the database under the editor's rules, audited. */
@OnEveryDatabase
class TariffRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Parameter
    TestDatabase database;

    @Test
    void versionsWithTimeOfUseWindowsReadBackAsStoredAndAreNeverOverwritten() throws Exception {
        TariffRepository repo = new TariffRepository(database.open());
        SiteConfig demo = SiteSource.demo().config();
        assertThat(demo.tariffs().get(1).timeOfUse()).isPresent();
        assertThat(repo.addFromSiteFile(demo, NOW)).isEmpty();
        assertThat(repo.all()).isEqualTo(demo.tariffs());
        assertThat(repo.audit()).hasSize(2).allMatch(e -> e.by().equals(TariffRepository.SITE_FILE));
        assertThat(repo.addFromSiteFile(demo, NOW)).as("stored once").isEmpty();
        assertThat(repo.audit()).hasSize(2);

        Tariff first = demo.tariffs().get(0);
        Tariff edited = Tariff.perKwh(first.id(), first.effectiveFrom(), Money.of("0.99", "EUR"), BigDecimal.valueOf(19));
        assertThat(repo.addFromSiteFile(withTariffs(demo, List.of(edited)), NOW)).as("reported, not stored")
                .singleElement().asString().contains("differs from the stored version, which is kept");
        assertThat(repo.all()).isEqualTo(demo.tariffs());
    }

    @Test
    void aVersionTakingEffectBeforeTheLastReceiptIsRefusedWithTheReason() throws Exception {
        Database db = database.open();
        TariffRepository repo = new TariffRepository(db);
        SiteConfig demo = SiteSource.demo().config();
        repo.addFromSiteFile(demo, NOW);
        IssuedReceipts.issue(db, 1, "standard", demo.tariffs().get(1).effectiveFrom(),
                Instant.parse("2026-11-20T10:00:00Z"));
        Tariff backdated = Tariff.perKwh("standard", Instant.parse("2026-11-01T00:00:00Z"), Money.of("0.45", "EUR"),
                BigDecimal.valueOf(19));
        Tariff later = Tariff.perKwh("standard", Instant.parse("2026-12-01T00:00:00Z"), Money.of("0.45", "EUR"),
                BigDecimal.valueOf(19));
        List<String> warnings = repo.addFromSiteFile(withTariffs(demo, List.of(backdated, later)), NOW);
        assertThat(warnings).singleElement().asString()
                .contains("version from 2026-11-01T01:00+01:00", "is not used", "was issued at 2026-11-20 11:00;");
        assertThat(repo.all()).contains(later).doesNotContain(backdated);
    }

    @Test
    void aSiteFileVersionStartingInThePastIsStoredOnlyWhileNoSessionHasStartedSince() throws Exception {
        Database db = database.open();
        TariffRepository repo = new TariffRepository(db);
        SiteConfig demo = SiteSource.demo().config();
        assertThat(repo.addFromSiteFile(demo, NOW)).as("a new site: its versions start before any session").isEmpty();
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        new SessionRepository(db).save(new Session(UUID.randomUUID(), "A1", "1", start,
                Optional.of(start.plusSeconds(600)), Energy.ofWattHours(0), Energy.ofWattHours(1_000),
                Power.ofWatts(6_000), Duration.ofMinutes(10), start, false, Customer.NONE,
                Optional.of(EndReason.TIMEOUT), List.of(), List.of()));
        Tariff backdated = Tariff.perKwh("standard", Instant.parse("2026-11-10T00:00:00Z"), Money.of("0.45", "EUR"),
                BigDecimal.valueOf(19));
        Tariff afterTheLastSession = Tariff.perKwh("standard", Instant.parse("2026-11-21T00:00:00Z"),
                Money.of("0.46", "EUR"), BigDecimal.valueOf(19));

        List<String> warnings = repo.addFromSiteFile(withTariffs(demo, List.of(backdated, afterTheLastSession)), NOW);

        assertThat(warnings).singleElement().asString().contains("version from 2026-11-10T01:00+01:00",
                "is not used: effective_from: 2026-11-10 01:00 is in the past and sessions were recorded since then "
                        + "(the latest started at 2026-11-20 11:00)");
        assertThat(repo.all()).contains(afterTheLastSession).doesNotContain(backdated);
    }

    private static SiteConfig withTariffs(SiteConfig c, List<Tariff> tariffs) {
        return new SiteConfig(c.site(), c.buses(), c.sessionDefaults(), c.bays(), c.demo(), tariffs,
                c.rawReadingsKept());
    }
}
