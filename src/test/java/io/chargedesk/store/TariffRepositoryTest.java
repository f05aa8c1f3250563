package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TariffRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void versionsWithTimeOfUseWindowsReadBackAsStoredAndAreNeverOverwritten() throws Exception {
        TariffRepository repo = new TariffRepository(Database.open(dir.resolve("db").toString()));
        List<Tariff> demo = SiteSource.demo().config().tariffs();
        assertThat(demo.get(1).timeOfUse()).isPresent();
        assertThat(repo.addMissing(demo)).isEmpty();
        assertThat(repo.all()).isEqualTo(demo);

        Tariff edited = Tariff.perKwh(demo.get(0).id(), demo.get(0).effectiveFrom(), Money.of("0.99", "EUR"),
                BigDecimal.valueOf(19));
        assertThat(repo.addMissing(List.of(edited))).as("reported, not stored").containsExactly(edited);
        assertThat(repo.all()).isEqualTo(demo);
    }
}
