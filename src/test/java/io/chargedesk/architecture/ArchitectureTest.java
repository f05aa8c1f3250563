package io.chargedesk.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The domain knows nothing of screens, databases, serial ports or PDFs (house style), and the layers of
 * docs/decisions/0008-use-case-layer.md point one way: screens and commands over use cases, use cases over the ports
 * they own, the store implementing those ports, and only app and cli wiring them together.
 */
@AnalyzeClasses(packages = "io.chargedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** {@code meter} without its Modbus adapter {@code meter.modbus}, which is built from the site's settings. */
    private static final String[] DOMAIN = {"io.chargedesk.units..", "io.chargedesk.session..",
        "io.chargedesk.tariff..", "io.chargedesk.billing..", "io.chargedesk.site..", "io.chargedesk.meter",
        "io.chargedesk.history..", "io.chargedesk.ledger..", "io.chargedesk.text..", "io.chargedesk.alert..",
        "io.chargedesk.access..", "io.chargedesk.audit..", "io.chargedesk.customer.."};

    private static final String PORTS = "io.chargedesk.usecase.port..";

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "com.fazecast..", "com.digitalpetri..", "org.apache.pdfbox..", "eu.hansolo..", "org.h2..",
                    "org.flywaydb..", "io.chargedesk.store..", "io.chargedesk.ui..", "io.chargedesk.app..",
                    "io.chargedesk.cli..", "io.chargedesk.usecase..", "io.chargedesk.collector..",
                    "io.chargedesk.receipt..", "io.chargedesk.export..", "io.chargedesk.sim..",
                    "io.chargedesk.meter.modbus..");

    @ArchTest
    static final ArchRule onlyTheDashboardKnowsTilesFx = noClasses().that()
            .resideOutsideOfPackage("io.chargedesk.ui.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.hansolo..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..");

    @ArchTest
    static final ArchRule nothingBelowTheUiKnowsTheUi = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.ui..", "io.chargedesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("io.chargedesk.ui..");

    @ArchTest
    static final ArchRule onlyTheUiAndAppKnowJavaFx = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.ui..", "io.chargedesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /**
     * Each package is a slice of its own: ui.sessions and ui.shell are checked apart, and an adapter beneath a
     * feature (meter.modbus, sim.rtu), built from the site's settings, is not mistaken for the feature's model.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.chargedesk.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule screensNeverTouchTheStore = noClasses().that().resideInAPackage("io.chargedesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("io.chargedesk.store..");

    /** The store implements the use cases' ports and the domain's interfaces; it needs nothing above them. */
    @ArchTest
    static final ArchRule theStoreDependsOnNothingAboveIt = noClasses().that().resideInAPackage("io.chargedesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.chargedesk.billing..", "io.chargedesk.receipt..",
                    "io.chargedesk.ui..", "io.chargedesk.app..", "io.chargedesk.cli..", "io.chargedesk.collector..",
                    "io.chargedesk.export..", "io.chargedesk.usecase", "io.chargedesk.sim..",
                    "io.chargedesk.meter.modbus..");

    @ArchTest
    static final ArchRule useCasesReachStorageOnlyThroughTheirPorts = noClasses().that()
            .resideInAPackage("io.chargedesk.usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("io.chargedesk.store..", "io.chargedesk.collector..",
                    "io.chargedesk.ui..", "io.chargedesk.app..", "io.chargedesk.cli..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule portsSpeakOnlyTheDomain = classes().that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(DOMAIN, PORTS, "java.."));

    @ArchTest
    static final ArchRule yamlReadingKnowsOnlyTextLimits = classes().that().resideInAPackage("io.chargedesk.yaml..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.chargedesk.yaml..", "io.chargedesk.text..",
                    "org.yaml.snakeyaml..", "java..");

    /**
     * Only app and cli wire: nothing else knows the store's classes (the collector records through them, on its own
     * thread) or builds a use case.
     */
    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheStore = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.store..", "io.chargedesk.app..", "io.chargedesk.cli..",
                    "io.chargedesk.collector..")
            .should().dependOnClassesThat().resideInAPackage("io.chargedesk.store..");

    @ArchTest
    static final ArchRule onlyTheWiringBuildsUseCases = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.usecase", "io.chargedesk.app..", "io.chargedesk.cli..")
            .should().callConstructorWhere(target(owner(resideInAPackage("io.chargedesk.usecase"))));

    /**
     * One clock: below the wiring, the time comes from the injected {@link Clock}, the site's (sped up for the demo),
     * so a tile, a receipt and the tariff editor agree on "now" and tests can stand it still. Only app and cli make
     * clocks from the machine's: the site's clock itself, the collector lease's (other PCs compare its heartbeats, so
     * it keeps wall time even when the demo runs fast), a watching console's and the command line's.
     * {@code System.nanoTime} stays allowed: it measures durations (round trips, the collector's timers, the
     * sped-up clock's own tick), never a time of day.
     */
    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.app..", "io.chargedesk.cli..")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");

    private static String[] concat(String[] packages, String... more) {
        String[] all = new String[packages.length + more.length];
        System.arraycopy(packages, 0, all, 0, packages.length);
        System.arraycopy(more, 0, all, packages.length, more.length);
        return all;
    }
}
