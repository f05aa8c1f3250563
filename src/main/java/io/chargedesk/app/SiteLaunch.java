package io.chargedesk.app;

import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which site runs, in which database. A real site runs in the database it is given. The demo site runs in a
 * database of its own beside it ({@code NAME-demo}), so that its operator, tariffs and simulated sessions never
 * reach a real site's data: whether it runs because nothing is configured, because the user chose it over a site
 * file or settings with problems, or because the settings say {@code demo: true}.
 */
public final class SiteLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(SiteLaunch.class);
    private static final String DEMO_SUFFIX = "-demo";

    private SiteLaunch() {
    }

    /** A site to collect, the database it collects into, and that database's lease, taken. */
    public record Collecting(SiteSource.Loaded site, Database database, CollectorLease lease) {}

    /** The site a collector elsewhere runs and the database it writes into, for a console that only watches. */
    public record Watched(SiteConfig config, Database database) {}

    /** What to do when the site file or the saved settings have problems. */
    public interface BrokenSite {
        /** True to run the demo site instead, false to stop; or throw the problems on. */
        boolean runDemoInstead(SiteFileException problems) throws SiteFileException;
    }

    /**
     * The demo's database for the site database at {@code location}: beside it, with {@code -demo} added to its
     * name; for a {@code jdbc:} URL, {@code chargedesk-demo} in the data folder.
     */
    public static String demoDatabase(String location) {
        if (location.startsWith("jdbc:")) {
            return AppPaths.defaultDatabase() + DEMO_SUFFIX;
        }
        String base = location.endsWith(".mv.db") ? location.substring(0, location.length() - ".mv.db".length())
                : location;
        return base + DEMO_SUFFIX;
    }

    /**
     * Finds the site to collect (see {@link SiteSource#load}) with the lease of the site's database held, so that a
     * site file given is saved as its settings only by the one collector; for the demo site, changes to the demo's
     * own database and lease. Empty when the site has problems and {@code broken} says to stop.
     *
     * @param who what this program is called in another one's error message ("the console")
     * @throws io.chargedesk.store.LeaseHeldException another ChargeDesk collects into the database this site runs in
     */
    public static Optional<Collecting> collect(Optional<Path> siteFile, String location, String who, BrokenSite broken,
                                               SiteSource.SettingsApproval approval)
            throws StoreException, SiteFileException {
        Database siteDatabase = Database.open(location);
        CollectorLease lease = SiteRuntime.takeLease(siteDatabase, who);
        SiteSource.Loaded site;
        try {
            siteDatabase.protect();
            site = SiteSource.load(siteFile, siteDatabase, approval);
        } catch (SiteFileException problems) {
            lease.release();
            siteDatabase.close();
            if (!broken.runDemoInstead(problems)) {
                return Optional.empty();
            }
            SiteSource.Loaded demo = SiteSource.demo();
            return Optional.of(inDemoDatabase(new SiteSource.Loaded(demo.config(),
                    demo.origin().within("origin.demoInstead")), location, who));
        } catch (StoreException | RuntimeException e) {
            lease.release();
            siteDatabase.close();
            throw e;
        }
        if (!site.config().demo()) {
            return Optional.of(new Collecting(site, siteDatabase, lease));
        }
        lease.release();
        siteDatabase.close();
        return Optional.of(inDemoDatabase(site, location, who));
    }

    private static Collecting inDemoDatabase(SiteSource.Loaded site, String location, String who)
            throws StoreException {
        Database demo = Database.open(demoDatabase(location));
        try {
            CollectorLease lease = SiteRuntime.takeLease(demo, who);
            try {
                demo.protect();
            } catch (StoreException e) {
                lease.release();
                throw e;
            }
            LOG.info("The demo site runs in its own database {}, not in {}", demo.url(), location);
            return new Collecting(new SiteSource.Loaded(site.config(),
                    site.origin().within("origin.demoDatabase", location(demo))), demo,
                    lease);
        } catch (StoreException e) {
            demo.close();
            throw e;
        }
    }

    /**
     * The site of the collector that writes into the database at {@code location} (see
     * {@link SiteSource#collectorsSite}), and the database it writes into: the demo's own if it runs the demo.
     */
    public static Watched watch(String location) throws StoreException, SiteFileException {
        Database siteDatabase = Database.open(location);
        SiteConfig config = SiteSource.collectorsSite(siteDatabase).config();
        if (!config.demo()) {
            return new Watched(config, siteDatabase);
        }
        siteDatabase.close();
        return new Watched(config, Database.open(demoDatabase(location)));
    }

    /**
     * Saves settings edited in the console where the next start reads them: in the site's database, also while the
     * demo runs in its own.
     */
    public static void saveSettings(String location, String yaml, String source, Instant at) throws StoreException {
        try (Database site = Database.open(location)) {
            new SettingsRepository(site).save(yaml, source, at);
        }
    }

    /** Where the demo's database is, for the user: its file, else its URL. */
    public static String location(Database demo) {
        return demo.file().map(Path::toString).orElse(demo.url());
    }
}
