package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.chargedesk.meter.Reading;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Power;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random strings never stop recording: any text, of any length and any UTF-16 chars (control characters, line
 * breaks, emoji, lone surrogates), typed into a customer, a bay, a tariff or the site, is either refused with a
 * message naming its field, or stored in H2 without a failure and read back as it was accepted.
 */
class RandomTextPropertiesTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");
    private static final AtomicLong VERSION = new AtomicLong();
    private static Path dir;
    private static Database db;

    @BeforeContainer
    static void openDatabase() throws Exception {
        dir = Files.createTempDirectory("random-text");
        db = Database.open(dir.resolve("db").toString());
    }

    @AfterContainer
    static void deleteDatabase() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Text of every kind, often around the limits (32, 60, 100, 200, 500, 1000). */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.chars().alpha().map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().all().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of(" ", "😀", "駐車場", "Ä", "\t", "\n", "\r", "\u2028", "\u0085",
                        "\u0000", "\uD800", "\uDFFF", "'", "\"", "\\", "#", ": ")));
        return Arbitraries.integers().between(0, 1100).withDistribution(RandomDistribution.uniform())
                .flatMap(max -> piece.list().ofMaxSize(max).map(p -> String.join("", p)));
    }

    enum CustomerField { NAME, PLATE, NOTE }

    @Property(tries = 200)
    void aCustomerIsRefusedNamingTheFieldOrStored(@ForAll CustomerField field, @ForAll("anyText") String text)
            throws StoreException {
        String name = field == CustomerField.NAME ? text : "Ada";
        String plate = field == CustomerField.PLATE ? text : "HH-AB 1";
        String note = field == CustomerField.NOTE ? text : "";
        List<String> problems = Customer.problems(name, plate, note);
        if (!problems.isEmpty()) {
            String label = field.name().charAt(0) + field.name().substring(1).toLowerCase() + ": ";
            assertThat(problems).allSatisfy(p -> assertThat(p).startsWith(label));
            IllegalArgumentException refused = catchThrowableOfType(() -> new Customer(name, plate, note),
                    IllegalArgumentException.class);
            assertThat(refused).hasMessageStartingWith(label);
            return;
        }
        Customer customer = new Customer(name, plate, note);
        Session session = new Session(UUID.randomUUID(), "A1", "123", T, Optional.empty(), Energy.ofWattHours(1),
                Energy.ofWattHours(2), Power.ofWatts(7_400), Duration.ofMinutes(1), T, true, customer,
                Optional.empty(), List.of(), List.of());
        SessionRepository sessions = new SessionRepository(db);
        sessions.save(session);
        assertThat(sessions.find(session.id()).orElseThrow().customer()).isEqualTo(customer);
    }

    @Property(tries = 100)
    void aMetersSerialNumberIsAlwaysStored(@ForAll("anyText") String serial) throws StoreException {
        Reading reading = new Reading("S1", T.plusMillis(VERSION.incrementAndGet()), Energy.ofWattHours(5),
                Power.ZERO, serial);
        ReadingRepository readings = new ReadingRepository(db);
        readings.insert(List.of(reading));
        assertThat(readings.latest("S1").orElseThrow().meterSerial()).isEqualTo(reading.meterSerial());
    }

    /** The site file's free text: where each stands (the field a problem must name) and a value that fits. */
    enum SiteField {
        SITE_NAME("site.name", "Harbour"),
        OPERATOR_NAME("site.operator.name", "Harbour GmbH"),
        OPERATOR_ADDRESS("site.operator.address", "Kaiweg 1"),
        VAT_ID("site.operator.vat_id", "DE1"),
        BAY_ID("bays[0].id", "A1"),
        BAY_NAME("bays[0].name", "Bay A1"),
        TARIFF_ID("tariffs[0].id", "standard"),
        TARIFF_NAME("tariffs[0].name", "Standard"),
        WINDOW_NAME("tariffs[0].time_of_use[0].name", "all day");

        final String path;
        final String fits;

        SiteField(String path, String fits) {
            this.path = path;
            this.fits = fits;
        }
    }

    @Property(tries = 200)
    void siteBayAndTariffTextIsRefusedNamingTheFieldOrStored(@ForAll SiteField field, @ForAll("anyText") String text)
            throws StoreException {
        Map<SiteField, String> values = new EnumMap<>(SiteField.class);
        for (SiteField f : SiteField.values()) {
            values.put(f, quoted(f == field ? text : f.fits));
        }
        Instant from = T.plus(Duration.ofMinutes(VERSION.incrementAndGet()));
        String yaml = """
                site: {name: %s, timezone: UTC, currency: EUR, operator: {name: %s, address: %s, vat_id: %s}}
                buses:
                  - {id: bus1, port: /dev/ttyUSB0}
                bays:
                  - {id: %s, name: %s, bus: bus1, address: 1, max_kw: 22}
                tariffs:
                  - id: %s
                    name: %s
                    effective_from: %s
                    vat_percent: 19
                    time_of_use:
                      - {name: %s, days: daily, from: "00:00", to: "24:00", per_kwh: 0.40}
                """.formatted(values.get(SiteField.SITE_NAME), values.get(SiteField.OPERATOR_NAME),
                values.get(SiteField.OPERATOR_ADDRESS), values.get(SiteField.VAT_ID), values.get(SiteField.BAY_ID),
                values.get(SiteField.BAY_NAME), values.get(SiteField.TARIFF_ID), values.get(SiteField.TARIFF_NAME),
                from, values.get(SiteField.WINDOW_NAME));
        SiteConfig config;
        try {
            config = new SiteFile(Set.of("sdm630")::contains).parse(yaml, "site.yaml");
        } catch (SiteFileException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p).startsWith("site.yaml:")
                    .contains(": " + field.path + ": "));
            return;
        }
        new SiteRepository(db).save(config.site());
        new BayRepository(db).sync(config.bays());
        assertThat(new TariffRepository(db).addFromSiteFile(config, T)).isEmpty();
        assertThat(new SiteRepository(db).load()).contains(config.site());
        assertThat(new BayRepository(db).names()).containsEntry(config.bays().get(0).id(), config.bays().get(0).name());
    }

    /** {@code text} as a YAML double-quoted scalar that holds every UTF-16 char as it is. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 128 && Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return out.append('"').toString();
    }
}
