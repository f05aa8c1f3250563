package io.chargedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain knows nothing of screens, databases, serial ports or PDFs (house style). */
@AnalyzeClasses(packages = "io.chargedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.chargedesk.units..", "io.chargedesk.session..",
        "io.chargedesk.tariff..", "io.chargedesk.billing..", "io.chargedesk.text.."};

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "com.fazecast..", "com.digitalpetri..", "org.apache.pdfbox..", "eu.hansolo..", "org.h2..",
                    "org.flywaydb..", "io.chargedesk.store..", "io.chargedesk.ui..", "io.chargedesk.app..");

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
}
