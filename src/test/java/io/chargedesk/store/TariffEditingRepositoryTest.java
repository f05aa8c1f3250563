package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.app.SiteSource;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.session.TariffVersionRef;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.tariff.TariffAuditEntry;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import io.chargedesk.units.Power;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Versions added and withdrawn through the editor's repository calls, every change in the audit log; a version only
 * in the future, and never withdrawn once a session is priced with it.
 */
@OnEveryDatabase
class TariffEditingRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Parameter
    TestDatabase database;

    @Test
    void addsAuditsAndRefusesVersionsBeforeTheLastReceipt() throws Exception {
        Database db = database.open();
        SiteConfig demo = SiteSource.demo().config();
        TariffRepository repo = new TariffRepository(db);
        repo.addFromSiteFile(demo, NOW);
        Tariff winter = Tariff.perKwh("standard", Instant.parse("2026-12-01T00:00:00Z"), Money.of("0.45", "EUR"),
                BigDecimal.valueOf(19));
        repo.addVersion(winter, demo.site(), "ada", NOW);
        assertThat(repo.all()).contains(winter);
        TariffAuditEntry added = repo.audit().get(0);
        assertThat(added.by()).isEqualTo("ada");
        assertThat(added.action()).isEqualTo(TariffAuditEntry.ADDED);
        assertThat(added.before()).contains("name: Standard (peak / off-peak)", "time_of_use:");
        assertThat(added.after()).contains("energy_per_kwh: 0.45", "effective_from: '2026-12-01T01:00:00+01:00'");

        assertThatThrownBy(() -> repo.addVersion(winter, demo.site(), "ada", NOW))
                .hasMessageContaining("already has a version from this instant");
        Tariff lastHour = Tariff.perKwh("standard", NOW.minusSeconds(3600), Money.of("0.45", "EUR"),
                BigDecimal.valueOf(19));
        assertThatThrownBy(() -> repo.addVersion(lastHour, demo.site(), "ada", NOW))
                .hasMessageContaining("Effective from: 2026-11-25 09:00 is not in the future");
        IssuedReceipts.issue(db, 1, "standard", winter.effectiveFrom(), Instant.parse("2026-12-02T10:00:00Z"));
        Tariff early = Tariff.perKwh("standard", Instant.parse("2026-12-02T09:00:00Z"), Money.of("0.40", "EUR"),
                BigDecimal.valueOf(19));
        assertThatThrownBy(() -> repo.addVersion(early, demo.site(), "ada", NOW))
                .hasMessageContaining("a new version must take effect after it");

        assertThatThrownBy(() -> repo.withdraw("standard", demo.tariffs().get(1).effectiveFrom(), demo.site(), "bo",
                NOW)).hasMessageContaining("is in force already");
        assertThatThrownBy(() -> repo.withdraw("standard", winter.effectiveFrom(), demo.site(), "bo", NOW))
                .hasMessageContaining("were issued already");
        Tariff spring = Tariff.perKwh("standard", Instant.parse("2027-03-01T00:00:00Z"), Money.of("0.47", "EUR"),
                BigDecimal.valueOf(19));
        repo.addVersion(spring, demo.site(), "ada", NOW);
        Session pinnedToSpring = pinnedTo(spring);
        new SessionRepository(db).save(pinnedToSpring);
        assertThatThrownBy(() -> repo.withdraw("standard", spring.effectiveFrom(), demo.site(), "bo", NOW))
                .as("a collector on a sped-up clock already priced a session with it")
                .hasMessageContaining("sessions are priced with this version of tariff standard already");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM charging_session WHERE id = '" + pinnedToSpring.id() + "'");
        }
        repo.withdraw("standard", spring.effectiveFrom(), demo.site(), "bo", NOW);
        assertThat(repo.all()).contains(winter).doesNotContain(spring);
        TariffAuditEntry withdrawn = repo.audit().get(0);
        assertThat(withdrawn.action()).isEqualTo(TariffAuditEntry.WITHDRAWN);
        assertThat(withdrawn.by()).isEqualTo("bo");
        assertThat(withdrawn.before()).contains("energy_per_kwh: 0.47");
        assertThat(withdrawn.after()).contains("energy_per_kwh: 0.45");
    }

    private static Session pinnedTo(Tariff version) {
        Instant start = version.effectiveFrom().plusSeconds(60);
        return new Session(UUID.randomUUID(), "A1", "1", start, Optional.empty(), Energy.ofWattHours(0),
                Energy.ofWattHours(100), Power.ofWatts(6_000), Duration.ofMinutes(1), start, false, Customer.NONE,
                Optional.empty(), List.of(), List.of(), Map.of(),
                Optional.of(new TariffVersionRef(version.id(), version.effectiveFrom())));
    }
}
