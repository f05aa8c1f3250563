package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderingSetupTest {

    @TempDir
    Path dri;

    private final Properties properties = new Properties();
    private final Map<String, String> environment = new HashMap<>();

    @Test
    void aLinuxPcWithoutAGpuDrawsInSoftwareAndKeepsGtkAwayFromOpenGl() {
        RenderingSetup.apply("Linux", dri.resolve("absent"), properties, environment::putIfAbsent);

        assertThat(properties).containsEntry("prism.order", "sw").containsEntry("prism.dirtyregioncount", "15")
                .containsEntry("javafx.animation.pulse", "30");
        assertThat(environment).containsExactly(Map.entry("GDK_GL", "disable"));
    }

    @Test
    void aDrmFolderWithoutDevicesIsNoGpu() {
        RenderingSetup.apply("Linux", dri, properties, environment::putIfAbsent);

        assertThat(properties).containsEntry("prism.order", "sw");
        assertThat(environment).containsKey("GDK_GL");
    }

    @Test
    void aPcWithAGpuKeepsJavaFxsOwnChoice() throws Exception {
        Files.createFile(dri.resolve("renderD128"));

        RenderingSetup.apply("Linux", dri, properties, environment::putIfAbsent);

        assertThat(properties).doesNotContainKey("prism.order").doesNotContainKey("javafx.animation.pulse")
                .containsEntry("prism.dirtyregioncount", "15");
        assertThat(environment).isEmpty();
    }

    @Test
    void onlyLinuxIsTouched() {
        RenderingSetup.apply("Windows 11", dri.resolve("absent"), properties, environment::putIfAbsent);

        assertThat(properties).doesNotContainKey("prism.order");
        assertThat(environment).isEmpty();
    }

    @Test
    void valuesGivenOnTheCommandLineWin() {
        properties.setProperty("prism.order", "es2");
        properties.setProperty("prism.dirtyregioncount", "6");
        properties.setProperty("javafx.animation.pulse", "60");

        RenderingSetup.apply("Linux", dri.resolve("absent"), properties, environment::putIfAbsent);

        assertThat(properties).containsEntry("prism.order", "es2").containsEntry("prism.dirtyregioncount", "6")
                .containsEntry("javafx.animation.pulse", "60");
    }

    @Test
    void theProcessEnvironmentIsSetWhereGtkReadsItButNotOverwritten() {
        assumeTrue(Platform.isLinux() || Platform.isMac(), "setenv is the C library's on Linux and macOS");
        String name = "CHARGEDESK_RENDERING_TEST_" + ProcessHandle.current().pid();

        RenderingSetup.PROCESS.setIfAbsent(name, "first");
        RenderingSetup.PROCESS.setIfAbsent(name, "second");

        assertThat(NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("getenv")
                .invokeString(new Object[] {name}, false)).isEqualTo("first");
    }
}
