package io.chargedesk.app;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * How JavaFX draws the console, set before it starts (docs/decisions/0027-no-gpu-no-opengl.md).
 *
 * <p>On a Linux PC without a GPU (no DRM device in {@code /dev/dri}: a virtual machine, a thin client, a headless
 * box with a virtual screen), JavaFX would probe OpenGL, find only Mesa's software rasteriser and fall back to its
 * own software pipeline anyway; and GTK would probe OpenGL again when it opens the display. Each probe loads Mesa and
 * its LLVM (about 50 MB resident, measured) for nothing. So there the console asks for the software pipeline at
 * once, at 30 frames a second, and tells GTK not to use OpenGL. A PC with a GPU is left to JavaFX's defaults, and a
 * value given on the command line or in the environment always wins.
 */
final class RenderingSetup {

    private static final Path DRM_DEVICES = Path.of("/dev/dri");
    /** Frames a second when the CPU paints them: smooth enough for the few animations a console has. */
    private static final String SOFTWARE_FRAME_RATE = "30";

    /** Sets a process environment variable unless it is set already. */
    interface Environment {
        void setIfAbsent(String name, String value);
    }

    /** This process's environment, as the C library and so GTK read it. */
    static final Environment PROCESS = RenderingSetup::setenv;

    private RenderingSetup() {}

    /**
     * Starts applying the settings to this JVM on a thread of its own: loading JNA takes about 0.1 s, which then runs
     * beside the rest of start-up instead of before the first frame. {@link #await} it before JavaFX starts.
     */
    static CompletableFuture<Void> inBackground() {
        return CompletableFuture.runAsync(
                () -> apply(System.getProperty("os.name", ""), DRM_DEVICES, System.getProperties(), PROCESS),
                task -> {
                    Thread t = new Thread(task, "rendering-setup");
                    t.setDaemon(true);
                    t.start();
                });
    }

    /** Waits for the settings; on a failure (logged) the console starts with JavaFX's own choice. */
    static void await(CompletableFuture<Void> applying) {
        try {
            applying.join();
        } catch (CompletionException e) {
            // The logger is got only here: on the thread that set up logging, after it.
            LoggerFactory.getLogger(RenderingSetup.class).warn(
                    "Could not prepare the window system ({}); the console draws as JavaFX chooses",
                    e.getCause().toString());
        }
    }

    static void apply(String osName, Path drmDevices, Properties properties, Environment environment) {
        // Up to 15 separate dirty regions a frame (JavaFX's default 6 merges 50 changing tiles into one region over
        // the whole grid, which a PC without a GPU repaints in full: docs/bench-console.md).
        properties.putIfAbsent("prism.dirtyregioncount", "15");
        if (osName.startsWith("Linux") && !hasGpu(drmDevices)) {
            properties.putIfAbsent("prism.order", "sw");
            // Every animation frame is painted by the CPU here; and GTK's pulse timer, which JavaFX cannot pause on
            // Linux, wakes the FX thread at this rate even when nothing moves.
            properties.putIfAbsent("javafx.animation.pulse", SOFTWARE_FRAME_RATE);
            environment.setIfAbsent("GDK_GL", "disable");
        }
    }

    /** True when the kernel has a DRM device: a GPU with a driver, which JavaFX's OpenGL pipeline can use. */
    private static boolean hasGpu(Path drmDevices) {
        if (!Files.isDirectory(drmDevices)) {
            return false;
        }
        try (Stream<Path> devices = Files.list(drmDevices)) {
            return devices.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("card") || n.startsWith("renderD"));
        } catch (IOException e) {
            // Unreadable: assume a GPU, which keeps JavaFX's own choice.
            return true;
        }
    }

    /**
     * The C library's {@code setenv}: Java can read the environment but not change it, and GTK reads it from the
     * process. Run while other threads start up: glibc's first {@code setenv} builds a new array and leaves the one
     * a concurrent {@code getenv} may be reading in place.
     */
    private static void setenv(String name, String value) {
        int result = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("setenv")
                .invokeInt(new Object[] {name, value, 0});
        if (result != 0) {
            throw new IllegalStateException("setenv " + name + " returned " + result);
        }
    }
}
