package io.chargedesk.testing;

/**
 * The site file for N simulated SDM630 meters on one RS-485 bus, slave ids 1..N, polled once a second: the other
 * end of {@code sim --bays N} over a socat pty pair. Bays B01, B02, … at 22 kW; the grid limit is 8 kW a bay.
 */
public final class BusSiteFile {

    private BusSiteFile() {
    }

    public static String yaml(String port, int bays) {
        StringBuilder yaml = new StringBuilder("""
                site: {name: Depot %d, timezone: Europe/Berlin, currency: EUR, grid_limit_kw: %d,
                       operator: {name: Depot GmbH, address: "Weg 1, 20457 Hamburg", vat_id: DE123456789}}
                buses:
                  - {id: bus1, port: '%s', baud: 9600, parity: none, stop_bits: 1, timeout_ms: 300, poll_ms: 1000}
                session: {start_w: 100, start_hold_s: 5, end_timeout_s: 600}
                bays:
                """.formatted(bays, bays * 8, port));
        for (int i = 1; i <= bays; i++) {
            yaml.append("  - {id: B%02d, name: Bay B%02d, bus: bus1, address: %d, meter: sdm630, max_kw: 22}%n"
                    .formatted(i, i, i));
        }
        yaml.append("""
                tariffs:
                  - {id: standard, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.49, session_fee: 0,
                     per_minute: 0, idle_per_minute: 0, idle_grace_min: 30, vat_percent: 19}
                demo: false
                """);
        return yaml.toString();
    }
}
