package io.chargedesk.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.store.CollectorLease;
import io.chargedesk.store.Database;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.usecase.port.StoreException;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.MutableClock;
import io.chargedesk.testing.ShortPlates;
import io.chargedesk.testing.TestSites;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long-plate case through a real collector: a session row the database refuses (here its plate column takes 8
 * characters, as the real one takes 32) fails the attendant's command with the reason, is kept aside on disk, and
 * every other bay, and the readings of that bay too, go on recording.
 */
class CollectorRefusedRowTest {

    private static final Instant T = Instant.parse("2026-04-01T10:00:00Z");
    private static final List<String> BAYS = List.of("A1", "A2", "A3");
    private static final String TOO_LONG = "HH-AB-12345";

    @TempDir
    Path dir;
    private Database db;
    private final MutableClock clock = new MutableClock(T);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("db").toString());
        ShortPlates.narrow(db);
    }

    /** Closed before JUnit deletes its folder: an open H2 may still write a file into it as it is deleted. */
    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Collector collector() throws Exception {
        SiteConfig site = TestSites.oneBus("/dev/null-chargedesk", 300, 1_000, 1, "sdm630", "sdm630", "sdm630");
        Collector collector = new Collector(site, db, clock, CollectorLease.acquire(db, "refused row test",
                Clock.systemUTC()), SpillSettings.in(dir.resolve("unsaved")));
        collector.start();
        return collector;
    }

    /** Every bay charging at 11 kW, one reading a second. */
    private void feed(Collector collector, int fromSecond, int toSecond) {
        for (int s = fromSecond; s < toSecond; s++) {
            for (String bay : BAYS) {
                collector.sink().accept(new Reading(bay, T.plusSeconds(s), Energy.ofWattHours(1_000 + 3L * s),
                        Power.ofWatts(11_000), "S-" + bay));
            }
        }
        clock.advance(Duration.ofSeconds(toSecond - fromSecond));
    }

    private Session stored(String bay) throws StoreException {
        return new SessionRepository(db).list(SessionFilter.ALL).stream()
                .filter(s -> s.bayId().equals(bay)).findFirst().orElseThrow();
    }

    private long readings(String bay) throws Exception {
        return ShortPlates.count(db, "SELECT COUNT(*) FROM reading WHERE bay_id = '" + bay + "'");
    }

    private long sessionsStored() {
        try {
            return ShortPlates.count(db, "SELECT COUNT(*) FROM charging_session");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path keptAside() {
        return dir.resolve("unsaved").resolve(Quarantine.FILE_NAME);
    }

    @Test
    void theAttendantIsToldTheRowIsKeptAsideAndEveryOtherBayGoesOnRecording() throws Exception {
        try (Collector collector = collector()) {
            feed(collector, 0, 10);
            Await.until("a session of every bay in the database", Duration.ofSeconds(10),
                    () -> sessionsStored() == BAYS.size());
            Session a1 = collector.snapshot().bays().get(0).openSession().orElseThrow();

            assertThatThrownBy(() -> collector.annotate("A1", new Customer("Ada", TOO_LONG, "")).get(10,
                    TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotSavedException.class)
                    .hasMessageStartingWith("Not saved: the database refused the session on bay A1 (Value too long "
                            + "for column \"CUSTOMER_PLATE CHARACTER VARYING(8)\"")
                    .hasMessageEndingWith("The bay goes on recording, and this change is kept aside on this PC; "
                            + "correct it and save again.");

            feed(collector, 10, 20);
            Session a2 = collector.annotate("A2", new Customer("Bo", "OK-2", "")).get(10, TimeUnit.SECONDS);

            for (String bay : BAYS) {
                assertThat(readings(bay)).as("every reading of bay %s, the refused one's too", bay).isEqualTo(20);
            }
            assertThat(stored("A2")).isEqualTo(a2);
            assertThat(stored("A2").endRegister()).isEqualTo(Energy.ofWattHours(1_000 + 3 * 19));
            assertThat(stored("A3").endRegister()).isEqualTo(Energy.ofWattHours(1_000 + 3 * 19));
            assertThat(stored("A1").customer()).as("the version before the refused one").isEqualTo(Customer.NONE);
            assertThat(new HistoryQueries(db).sessionMinutes(a1.id())).as("its evidence needs only its row")
                    .isNotEmpty().allSatisfy(m -> assertThat(m.registerWh()).isPositive());
            assertThat(collector.snapshot().storeProblem()).get().asString()
                    .startsWith("The database refused session " + a1.id().toString().substring(0, 8)
                            + " of bay A1 (customer \"Ada\", plate \"" + TOO_LONG + "\"): Value too long for column")
                    .endsWith("It is kept aside in " + keptAside() + " and tried again every 5 minutes; everything "
                            + "else is recorded.");
            assertThat(Files.readString(keptAside())).contains(TOO_LONG, "Value too long for column");

            Session corrected = collector.annotate("A1", new Customer("Ada", "HH-AB-1", "")).get(10, TimeUnit.SECONDS);
            assertThat(stored("A1")).isEqualTo(corrected);
            assertThat(keptAside()).as("nothing left aside").doesNotExist();
            assertThat(collector.snapshot().storeProblem()).isEmpty();
        }
    }

    @Test
    void rowsKeptAsideAreWrittenAtTheNextStartOnceTheDatabaseTakesThem() throws Exception {
        Session refused;
        try (Collector collector = collector()) {
            feed(collector, 0, 10);
            Await.until("a session on bay A1", Duration.ofSeconds(10),
                    () -> collector.snapshot().bays().get(0).openSession().isPresent());
            assertThatThrownBy(() -> collector.annotate("A1", new Customer("Ada", TOO_LONG, "")).get(10,
                    TimeUnit.SECONDS)).hasCauseInstanceOf(NotSavedException.class);
            refused = collector.snapshot().bays().get(0).openSession().orElseThrow();
        }
        assertThat(keptAside()).exists();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE charging_session ALTER COLUMN customer_plate SET DATA TYPE VARCHAR(32)");
        }

        try (Collector restarted = collector()) {
            assertThat(stored("A1")).isEqualTo(refused);
            assertThat(new HistoryQueries(db).sessionMinutes(refused.id())).as("its evidence, kept aside with it")
                    .isNotEmpty();
            assertThat(restarted.snapshot().bays().get(0).openSession()).as("resumed with its customer")
                    .hasValueSatisfying(s -> assertThat(s.customer().plate()).isEqualTo(TOO_LONG));
            assertThat(restarted.snapshot().storeProblem()).isEmpty();
        }
        assertThat(keptAside()).doesNotExist();
    }
}
