package io.chargedesk.sim;

import io.chargedesk.app.SampleHistory;
import io.chargedesk.app.SiteSource;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes {@code sample-data/}: a year of the demo site's twelve bays, simulated, with a few meter outages and swaps
 * as faults. Run from the project folder with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.chargedesk.sim.SampleDataMain}.
 */
public final class SampleDataMain {

    private SampleDataMain() {
    }

    public static void main(String[] args) throws Exception {
        SiteConfig demo = SiteSource.demo().config();
        ZoneId zone = demo.site().zone();
        LocalDate end = LocalDate.of(2026, 11, 1);
        var bays = new SimulatedSite.SequencedBays(demo.bays().stream().map(BayConfig::id).toList(),
                demo.bays().stream().map(BayConfig::maxPower).toList(), zone);
        List<HistorySimulation.Fault> faults = List.of(
                outage(demo, 1, LocalDateTime.of(2026, 1, 14, 7, 0), Duration.ofHours(9), zone),
                outage(demo, 3, LocalDateTime.of(2026, 4, 22, 16, 30), Duration.ofHours(30), zone),
                outage(demo, 4, LocalDateTime.of(2026, 8, 3, 9, 0), Duration.ofHours(4), zone),
                outage(demo, 0, LocalDateTime.of(2026, 10, 12, 17, 0), Duration.ofHours(6), zone),
                swap(demo, 2, LocalDateTime.of(2026, 2, 17, 18, 0), zone),
                swap(demo, 5, LocalDateTime.of(2026, 6, 9, 22, 0), zone),
                swap(demo, 1, LocalDateTime.of(2026, 9, 22, 21, 0), zone),
                outage(demo, 8, LocalDateTime.of(2025, 12, 9, 6, 0), Duration.ofHours(20), zone),
                outage(demo, 10, LocalDateTime.of(2026, 7, 1, 12, 0), Duration.ofHours(3), zone),
                swap(demo, 7, LocalDateTime.of(2026, 3, 11, 8, 30), zone));
        var result = HistorySimulation.run(bays, demo.sessionDefaults(), 20261101L,
                end.minusDays(365).atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(),
                SampleHistory.MEAN_GAP_BETWEEN_CARS, faults);
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        SampleHistory.write(result, dir);
        System.out.println(result.sessions().size() + " sessions written to " + dir.toAbsolutePath());
    }

    private static HistorySimulation.Outage outage(SiteConfig site, int bay, LocalDateTime from, Duration length,
                                                   ZoneId zone) {
        Instant start = from.atZone(zone).toInstant();
        return new HistorySimulation.Outage(site.bays().get(bay).id(), start, start.plus(length));
    }

    private static HistorySimulation.Fault swap(SiteConfig site, int bay, LocalDateTime at, ZoneId zone) {
        return new HistorySimulation.MeterSwap(site.bays().get(bay).id(), at.atZone(zone).toInstant());
    }
}
