package io.chargedesk.testing;

import io.chargedesk.meter.MeterModels;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;

/** Site configs for tests, written as site files so they go through the same checks as an installer's. */
public final class TestSites {

    private TestSites() {}

    /**
     * One bus on {@code port} (9600 8N1) with one bay per model given: bays A1, A2, … at slave ids 1, 2, ….
     */
    public static SiteConfig oneBus(String port, long timeoutMs, long pollMs, int retries, String... models) {
        StringBuilder yaml = new StringBuilder("""
                site: {name: Test site, timezone: UTC, currency: EUR}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, parity: none, stop_bits: 1, timeout_ms: %d, poll_ms: %d, retries: %d}
                bays:
                """.formatted(port, timeoutMs, pollMs, retries));
        for (int i = 0; i < models.length; i++) {
            yaml.append("  - {id: A%d, bus: bus1, address: %d, meter: %s, max_kw: 22}%n".formatted(i + 1, i + 1, models[i]));
        }
        try {
            return new SiteFile(MeterModels.builtIn()::contains).parse(yaml.toString(), "test-site.yaml");
        } catch (SiteFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
