package io.chargedesk.sim;

import io.chargedesk.app.SampleHistory;
import io.chargedesk.app.SiteSource;
import io.chargedesk.site.BayConfig;
import io.chargedesk.site.SiteConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes {@code sample-data/}: 60 days of the demo site, simulated. Run from the project folder with
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
        var result = HistorySimulation.run(bays, demo.sessionDefaults(), 20261101L,
                end.minusDays(60).atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(),
                Duration.ofMinutes(150));
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        SampleHistory.write(result, dir);
        System.out.println(result.sessions().size() + " sessions written to " + dir.toAbsolutePath());
    }
}
