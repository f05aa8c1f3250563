package io.chargedesk.cli;

import io.chargedesk.access.Permission;
import io.chargedesk.app.AppPaths;
import io.chargedesk.app.BackupSchedule;
import io.chargedesk.app.ChargeDeskApp;
import io.chargedesk.app.SiteLaunch;
import io.chargedesk.app.SiteRuntime;
import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.store.Database;
import io.chargedesk.text.Messages;
import io.chargedesk.usecase.port.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code run [--headless | --watch] --site FILE --db PATH}: collects sessions, with or without the console window;
 * or only watches, in the console, the collector that writes into the database from another PC.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the collector for a site: with --headless until stopped (SIGTERM or Ctrl-C close "
                + "cleanly; open sessions resume on the next start), otherwise with the console window. With "
                + "--watch the console only watches the collector that writes into the database (on another PC).")
public final class RunCommand implements Callable<Integer> {

    private static final int MAX_BACKUP_HOURS = 24 * 31;

    @Spec
    private CommandSpec spec;

    /** For a site file that changes the saved settings: the manager PIN, typed or in the environment. */
    @Mixin
    private ManagerPrompt manager;

    @Option(names = "--headless", description = "Collect without a window.")
    private boolean headless;

    @Option(names = "--watch", description = "Console only: watch the collector that writes into --db (for example "
            + "run --headless on another PC) instead of collecting here; sessions are started and stopped there.")
    private boolean watch;

    @Option(names = "--site", paramLabel = "FILE",
            description = "Site file (YAML). Default: the settings saved in the database, else site.yaml in the data "
                    + "folder, else the demo site, which records into a database of its own beside --db (NAME-demo).")
    private Path site;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file without .mv.db, or a jdbc: URL (default: the app's data folder).")
    private String db;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Demo site only: run simulated time X times faster (default: ${DEFAULT-VALUE}).")
    private double speed;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Demo site only: random seed.")
    private long seed;

    @Option(names = "--sample-history", negatable = true,
            description = "Demo site only: load weeks of sample history into an empty database first "
                    + "(default: with the window yes, --headless no).")
    private Boolean sampleHistory;

    @Option(names = "--backup-to", paramLabel = "FOLDER",
            description = "With --headless: back the database up into FOLDER a minute after the start and then every "
                    + "--backup-every hours, keeping the newest --backup-keep.")
    private Path backupTo;

    @Option(names = "--backup-every", paramLabel = "HOURS", defaultValue = "24",
            description = "Hours between backups (default: ${DEFAULT-VALUE}).")
    private int backupEveryHours;

    @Option(names = "--backup-keep", paramLabel = "N", defaultValue = "14",
            description = "Backups to keep (default: ${DEFAULT-VALUE}).")
    private int backupKeep;

    @Override
    public Integer call() throws SiteFileException, StoreException, InterruptedException {
        OptionChecks.speed(spec, speed);
        String location = db != null ? db : AppPaths.defaultDatabase().toString();
        if (watch && (headless || site != null)) {
            throw new IllegalArgumentException("--watch shows the site of the collector that writes into the "
                    + "database: it goes without --headless and --site");
        }
        OptionChecks.require(spec, backupTo == null || headless, "--backup-to works with --headless");
        OptionChecks.require(spec, backupEveryHours >= 1 && backupEveryHours <= MAX_BACKUP_HOURS,
                "--backup-every is in hours, from 1 to " + MAX_BACKUP_HOURS + ", not " + backupEveryHours);
        OptionChecks.require(spec, backupKeep >= 1 && backupKeep <= BackupCommand.MAX_KEEP,
                "--backup-keep is how many backups to keep, from 1 to " + BackupCommand.MAX_KEEP + ", not " + backupKeep);
        if (!headless) {
            ChargeDeskApp.launchWith(new ChargeDeskApp.Options(Optional.ofNullable(site), location, speed, seed,
                    sampleHistory == null || sampleHistory, watch));
            return 0;
        }
        // Another ChargeDesk collecting into the same database is a LeaseHeldException: exit code 2, its message.
        SiteLaunch.Collecting launch = SiteLaunch.collect(Optional.ofNullable(site), location, "run --headless",
                problems -> {
                    throw problems;
                }, access -> manager.signIn(access, Permission.CHANGE_SETTINGS)).orElseThrow();
        SiteSource.Loaded loaded = launch.site();
        Database database = launch.database();
        if (speed != 1 && !loaded.config().demo()) {
            launch.lease().release();
            throw new IllegalArgumentException("--speed works only for the demo site; real meters run in real time");
        }
        SiteRuntime runtime = SiteRuntime.start(loaded.config(), database, launch.lease(), speed, seed,
                sampleHistory != null && sampleHistory);
        Optional<BackupSchedule> backups = Optional.ofNullable(backupTo).map(folder -> new BackupSchedule(database,
                folder, Duration.ofHours(backupEveryHours), backupKeep, Clock.systemUTC()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            backups.ifPresent(RunCommand::finish);
            runtime.close();
            stopped.countDown();
        }, "shutdown"));
        CompletableFuture<String> lost = runtime.collector().leaseLost();
        lost.thenRun(stopped::countDown);
        spec.commandLine().getErr().println("Collecting " + loaded.config().bays().size() + " bays of "
                + loaded.config().site().name() + " ("
                + loaded.origin().text(Messages.of(Locale.ENGLISH), loaded.config().site().zone()) + ") into "
                + database.url()
                + ". Stop with Ctrl-C.");
        stopped.await();
        if (lost.isDone()) {
            // Another collector took the database over: this one records nothing more, so it stops (the hook closes).
            spec.commandLine().getErr().println("chargedesk: " + lost.join());
            return ChargeDeskCommand.USER_ERROR;
        }
        return 0;
    }

    private static void finish(BackupSchedule backups) {
        try {
            backups.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
