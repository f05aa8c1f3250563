package io.chargedesk.app;

import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.RegisterMapException;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.site.SiteFileWriter;
import io.chargedesk.store.Database;
import io.chargedesk.store.SettingsRepository;
import io.chargedesk.text.TextLimit;
import io.chargedesk.usecase.ManagerAccess;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the site to run: a given site file (which then becomes the saved settings), else the settings saved
 * in the database (edited in the console or imported), else {@code site.yaml} in the data folder, else the
 * built-in demo site.
 */
public final class SiteSource {

    private static final Logger LOG = LoggerFactory.getLogger(SiteSource.class);

    private static final String DEMO_RESOURCE = "demo-site.yaml";

    private SiteSource() {
    }

    /** A site configuration and where it came from, for the title bar and the log. */
    public record Loaded(SiteConfig config, SiteOrigin origin) {}

    /**
     * The register maps: built in, plus the installer's own in {@code meters/} of the data folder. A broken
     * map there is reported and the built-in ones still work.
     */
    public static MeterModels meterModels() {
        Path folder = AppPaths.dataFolder().resolve("meters");
        try {
            return MeterModels.withUserMaps(folder);
        } catch (RegisterMapException e) {
            LOG.error("Register maps in {} are not used until fixed:\n{}", folder, String.join("\n", e.problems()));
            return MeterModels.builtIn();
        }
    }

    /** Signs a manager in on {@code access} before a site file changes the saved settings, or refuses. */
    @FunctionalInterface
    public interface SettingsApproval {

        /** @throws io.chargedesk.access.AccessDenied no manager signed in */
        void approve(ManagerAccess access) throws StoreException;
    }

    /**
     * The site file as typed (a given file, the Settings form): names printed on receipts must print in the
     * receipt fonts.
     */
    public static SiteFile parser() {
        return new SiteFile(meterModels()::contains, ReceiptFonts::unprintable);
    }

    public static Loaded load(Optional<Path> file, Database db, SettingsApproval approval)
            throws SiteFileException, StoreException {
        SettingsRepository settings = new SettingsRepository(db);
        Optional<SettingsRepository.Saved> saved = settings.latest();
        Optional<Path> given = file.isPresent() || saved.isPresent() ? file
                : Optional.of(AppPaths.siteFile()).filter(Files::isRegularFile);
        if (given.isPresent()) {
            SiteConfig config = parser().load(given.get());
            String yaml = SiteFileWriter.write(config);
            // Settings are a manager's to change: a site file that changes them needs the PIN once a site has one.
            // The same file again (a service restarting) and a site's first file need none.
            if (saved.isPresent() && !saved.get().yaml().equals(yaml)) {
                ManagerAccess access = UseCases.attendant(db, Clock.systemUTC());
                if (access.pinSet()) {
                    approval.approve(access);
                }
            }
            // The path is only a label of the saved version: a path too long for its column is shortened, not refused.
            settings.save(yaml, TextLimit.SETTINGS_SOURCE.fit(given.get().toString()), Instant.now());
            return new Loaded(config, SiteOrigin.of("origin.file", given.get().toString()));
        }
        return saved.isPresent() ? fromSettings(saved.get()) : demo();
    }

    /**
     * The site a collector elsewhere runs, for a console that only watches it: the settings saved in the
     * database (a collector saves every site file it is given), else the demo site. Saves nothing: the
     * collector's settings are not this PC's to change.
     */
    public static Loaded collectorsSite(Database db) throws SiteFileException, StoreException {
        Optional<SettingsRepository.Saved> saved = new SettingsRepository(db).latest();
        return saved.isPresent() ? fromSettings(saved.get()) : demo();
    }

    /**
     * Settings saved before names had to print still run, so recording never stops over a name: their receipts
     * say what to correct, and Settings lists it.
     */
    private static Loaded fromSettings(SettingsRepository.Saved saved) throws SiteFileException {
        SiteFile lenient = new SiteFile(meterModels()::contains);
        return new Loaded(lenient.parse(saved.yaml(), "saved settings v" + saved.version()),
                SiteOrigin.of("origin.saved", saved.savedAt().truncatedTo(ChronoUnit.SECONDS), saved.source()));
    }

    public static Loaded demo() throws SiteFileException {
        try (InputStream in = SiteSource.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo site file is missing from the application");
            }
            return new Loaded(parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO_RESOURCE),
                    SiteOrigin.of("origin.demo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
