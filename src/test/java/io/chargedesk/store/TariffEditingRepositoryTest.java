package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.session.Customer;
import io.chargedesk.session.EndReason;
import io.chargedesk.session.Session;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions added and withdrawn through the editor's repository calls, every change in the audit log. */
class TariffEditingRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void addsAuditsAndRefusesVersionsBeforeTheLastReceipt() throws Exception {
        Database db = Database.open(dir.resolve("db").toString());
        SiteConfig demo = SiteSource.demo().config();
        TariffRepository repo = new TariffRepository(db);
        repo.addMissing(demo.tariffs());
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
        UUID sessionId = UUID.randomUUID();
        Instant start = Instant.parse("2026-12-02T08:00:00Z");
        new SessionRepository(db).save(new Session(sessionId, "A1", "1", start, Optional.of(start.plusSeconds(600)),
                Energy.ofWattHours(0), Energy.ofWattHours(1_000), Power.ofWatts(6_000), Duration.ofMinutes(10), start,
                false, Customer.NONE, Optional.of(EndReason.MANUAL), List.of(), List.of()));
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (number, "
                + "kind, session_id, issued_utc, tariff_id, tariff_from_utc, currency, total_minor, evidence_sha256, "
                + "document_json) VALUES (1, 'receipt', ?, ?, 'standard', ?, 'EUR', 45, ?, '{}')")) {
            ps.setObject(1, sessionId);
            Jdbc.setInstant(ps, 2, Instant.parse("2026-12-02T10:00:00Z"));
            Jdbc.setInstant(ps, 3, winter.effectiveFrom());
            ps.setString(4, "0".repeat(64));
            ps.executeUpdate();
        }
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
        repo.withdraw("standard", spring.effectiveFrom(), demo.site(), "bo", NOW);
        assertThat(repo.all()).contains(winter).doesNotContain(spring);
        TariffAuditEntry withdrawn = repo.audit().get(0);
        assertThat(withdrawn.action()).isEqualTo(TariffAuditEntry.WITHDRAWN);
        assertThat(withdrawn.by()).isEqualTo("bo");
        assertThat(withdrawn.before()).contains("energy_per_kwh: 0.47");
        assertThat(withdrawn.after()).contains("energy_per_kwh: 0.45");
    }
}
