package io.chargedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.MeterModels;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import org.junit.jupiter.api.Test;

class BusSiteFileTest {

    @Test
    void fiftyBaysOnOneBusPolledOnceASecondPassTheSiteFileChecks() throws Exception {
        SiteConfig site = new SiteFile(MeterModels.builtIn()::contains)
                .parse(BusSiteFile.yaml("/tmp/bench/ttyAPP", 50), "bench-site.yaml");

        assertThat(site.bays()).hasSize(50);
        assertThat(site.bays()).extracting(BayConfig::id).startsWith("B01", "B02").endsWith("B50");
        assertThat(site.buses()).singleElement().satisfies(bus -> {
            assertThat(bus.port()).isEqualTo("/tmp/bench/ttyAPP");
            assertThat(bus.pollInterval()).hasSeconds(1);
        });
        assertThat(site.demo()).isFalse();
    }
}
