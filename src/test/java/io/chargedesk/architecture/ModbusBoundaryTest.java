package io.chargedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Modbus and serial ports stay behind their adapters: meter.modbus for the poller, sim.rtu for the simulator. */
@AnalyzeClasses(packages = "io.chargedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModbusBoundaryTest {

    @ArchTest
    static final ArchRule onlyTheAdaptersSpeakModbus = noClasses().that()
            .resideOutsideOfPackages("io.chargedesk.meter.modbus..", "io.chargedesk.sim.rtu..")
            .should().dependOnClassesThat().resideInAnyPackage("com.digitalpetri..", "com.fazecast..");

    @ArchTest
    static final ArchRule theMeterModelKnowsNoAdapter = noClasses().that().resideInAPackage("io.chargedesk.meter")
            .should().dependOnClassesThat().resideInAnyPackage("io.chargedesk.meter.modbus..", "io.chargedesk.sim..");
}
