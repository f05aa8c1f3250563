package io.chargedesk.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteFileWriterTest {

    private final SiteFile parser = new SiteFile(Set.of("sdm630", "sdm120")::contains);

    @Test
    void whatIsWrittenReadsBackAsTheSameConfiguration() throws Exception {
        String original = """
                site: {name: "Harbour: Car Park", timezone: Europe/Berlin, currency: EUR, grid_limit_kw: 100.5,
                       operator: {name: Harbour GmbH, address: "Kaiweg 1, 20457 Hamburg", vat_id: DE1}}
                buses:
                  - {id: bus1, port: /dev/ttyUSB0, baud: 2400, parity: even, stop_bits: 2, timeout_ms: 250, poll_ms: 0}
                bays:
                  - {id: A1, name: Bay A1, bus: bus1, address: 1, meter: sdm630, max_kw: 22}
                  - {id: A2, name: Bay A2, bus: bus1, address: 2, meter: sdm120, max_kw: 7.4,
                     session: {end_timeout_s: 300}, tariff: night}
                storage: {raw_readings_days: 30}
                tariffs:
                  - {id: night, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.3925, session_fee: 1,
                     per_minute: 0.01, per_minute_basis: connected, idle_per_minute: 0.10, idle_grace_min: 30,
                     min_price: 2.50, max_price: 80, vat_percent: 7.7}
                """;
        SiteConfig config = parser.parse(original, "site.yaml");
        String written = SiteFileWriter.write(config);
        assertThat(written).contains("energy_per_kwh: 0.3925", "vat_percent: 7.7", "parity: even");
        assertThat(parser.parse(written, "written.yaml")).isEqualTo(config);
    }

    @Test
    void theDemoSiteRoundTrips() throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        assertThat(SiteSource.parser().parse(SiteFileWriter.write(demo), "demo.yaml")).isEqualTo(demo);
    }
}
