package io.chargedesk.bench;

import io.chargedesk.testing.BusSiteFile;
import io.chargedesk.testing.ProcessUsage;
import io.chargedesk.testing.SocatPair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the console costs beside the collector alone, at 50 meters polled once a second: the project's own
 * {@code sim --bays 50} answers on one end of a socat pty pair, and on the other end, one after the other, each in
 * a JVM of its own started from this class path, {@code run --headless} and the console ({@code run}) on a matching
 * site file. For each: CPU % of one core over a steady window after a warm-up (utime + stime from /proc) and RSS
 * (VmRSS, max and mean of one sample a second). Then the console's launch on the demo site: time to its first frame
 * and to the live dashboard, read from the log lines the app writes at each scene's first pulse.
 *
 * <p>The console draws on Xvfb (1920×1080) when it is installed, else on Monocle's headless platform; choose with
 * {@code -Dbench.display=xvfb|monocle}. {@code -Dbench.warmup=S -Dbench.window=S} change the window (30 s and
 * 60 s), {@code -Dbench.launches=N} the number of demo launches (3; 0 measures CPU and memory only),
 * {@code -Dbench.jvmArgs="…"} sets the JVM options of the measured programs (by default the launchers' own).
 * Not a test: run it by hand (README, Performance).
 */
public final class ConsoleBench {

    private static final int BAYS = 50;
    /** The JVM options the installers and {@code mvn javafx:run} start the console with (docs/bench-console.md). */
    private static final String LAUNCHER_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx1g -XX:TieredStopAtLevel=1 -Xmn24m "
            + "-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=50";
    private static final long WARM_UP_S = Long.getLong("bench.warmup", 30);
    private static final long WINDOW_S = Long.getLong("bench.window", 60);
    private static final int LAUNCHES = Integer.getInteger("bench.launches", 3);
    private static final long START_DEADLINE_S = 180;
    private static final String MAIN = "io.chargedesk.cli.Main";
    private static final Pattern FIRST_FRAME = Pattern.compile("First frame of the (\\w+) (\\d+) ms after launch");
    private static final Pattern DASHBOARD = Pattern.compile("First frame of the dashboard");
    private static final Pattern ANSWERED = Pattern.compile("Bay (B\\d+): OFFLINE -> ");
    private static final Pattern COLLECTING = Pattern.compile("^Collecting \\d+ bays", Pattern.MULTILINE);

    private ConsoleBench() {}

    /** CPU and memory of one program over the window; {@code simCpu} is the simulator's over the same window. */
    record Cost(String what, double cpuPercent, double jitPercent, double rssMaxMiB, double rssMeanMiB, double simCpuPercent,
                String loadBefore, String loadAfter, long warnings, long baysAnswered, boolean openGl) {}

    /**
     * Seconds from spawning the console to its first frame and to the dashboard with the site's data, and the CPU
     * seconds it had used by then: on a loaded machine the wall time stretches, the CPU time much less.
     */
    record Launch(String what, double firstFrameS, double firstFrameCpuS, double dashboardS, double dashboardCpuS) {}

    public static void main(String[] args) throws Exception {
        String display = System.getProperty("bench.display", onPath("Xvfb") ? "xvfb" : "monocle");
        List<String> jvmArgs = Arrays.stream(System.getProperty("bench.jvmArgs", LAUNCHER_OPTIONS).split("\\s+"))
                .filter(s -> !s.isBlank()).toList();
        try (TempFolder dir = new TempFolder("bench-console");
             SocatPair cable = new SocatPair(dir.path()).start();
             Screen screen = Screen.start(display)) {
            Process sim = spawn(dir.path().resolve("sim"), List.of(), Map.of(), "sim", "--port", cable.meterPort(),
                    "--bays", Integer.toString(BAYS), "--speed", "1");
            try {
                Path site = dir.path().resolve("site.yaml");
                Files.writeString(site, BusSiteFile.yaml(cable.appPort(), BAYS), StandardCharsets.UTF_8);
                Cost headless = cost("`run --headless`", dir.path().resolve("headless"), jvmArgs, Map.of(), sim,
                        "stderr.txt", COLLECTING, "run", "--headless", "--site", site.toString(), "--db", dir.path().resolve("headless/db").toString());
                List<String> consoleArgs = new ArrayList<>(jvmArgs);
                consoleArgs.addAll(screen.jvmArgs());
                consoleArgs.add("-Dprism.verbose=true");
                Path consoleHome = dir.path().resolve("console");
                Cost console = cost("console (" + display + ")", consoleHome, consoleArgs, screen.env(), sim,
                        "logs/chargedesk.log", DASHBOARD, "run", "--site", site.toString(), "--db", consoleHome.resolve("db").toString());
                String pipeline = prismPipeline(consoleHome.resolve("stdout.txt"));
                List<Launch> launches = new ArrayList<>();
                Path demo = dir.path().resolve("demo");
                for (int i = 0; i < LAUNCHES; i++) {
                    launches.add(launch(i == 0 ? "demo, new database (loads sample history)" : "demo, start " + (i + 1)
                            + " (same database)", demo, consoleArgs, screen.env()));
                }
                System.out.print(report(headless, console, pipeline, launches, display, jvmArgs));
            } finally {
                stop(sim);
            }
        }
    }

    private static String report(Cost headless, Cost console, String pipeline, List<Launch> launches, String display,
                                 List<String> jvmArgs) {
        StringBuilder md = new StringBuilder("\n## ConsoleBench: ").append(BAYS).append(" bays polled once a second\n\n")
                .append(String.format("%d cores, %s, %s %s; warm-up %d s, window %d s; console on %s, Prism %s; "
                                + "extra JVM options: %s%n%n", Runtime.getRuntime().availableProcessors(), cpuModel(),
                        System.getProperty("java.vm.name"), System.getProperty("java.version"), WARM_UP_S, WINDOW_S,
                        display, pipeline, jvmArgs.isEmpty() ? "none" : String.join(" ", jvmArgs)))
                .append("| program | CPU % of one core | of which JIT | RSS max MiB | RSS mean MiB | sim's CPU % "
                        + "| load before → after | WARN lines | bays answered | OpenGL loaded |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---:|---:|---|\n");
        for (Cost c : List.of(headless, console)) {
            md.append(String.format("| %s | %.1f | %.1f | %.0f | %.0f | %.1f | %s → %s | %d | %d | %s |%n", c.what(),
                    c.cpuPercent(), c.jitPercent(),
                    c.rssMaxMiB(), c.rssMeanMiB(), c.simCpuPercent(), c.loadBefore(), c.loadAfter(), c.warnings(),
                    c.baysAnswered(), c.openGl() ? "yes" : "no"));
        }
        md.append(String.format("%nThe console above the collector: %+.1f %% of one core (target ≤ 3), collector %.1f %% "
                        + "(target < 5), console RSS max %.0f MiB (target < 300).%n%n", console.cpuPercent()
                        - headless.cpuPercent(), headless.cpuPercent(), console.rssMaxMiB()))
                .append("| console launch | first frame s | CPU s by then | dashboard live s | CPU s by then |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (Launch l : launches) {
            md.append(String.format("| %s | %.2f | %.2f | %.2f | %.2f |%n", l.what(), l.firstFrameS(),
                    l.firstFrameCpuS(), l.dashboardS(), l.dashboardCpuS()));
        }
        return md.append("\nFirst frame target: < 2 s on the demo site.\n").toString();
    }

    /**
     * Runs one program on the site until it says it has started ({@code ready} in its file {@code saying}), waits out
     * the warm-up, then measures it (and the simulator) over the window.
     */
    private static Cost cost(String what, Path home, List<String> jvmArgs, Map<String, String> env, Process sim,
                             String saying, Pattern ready, String... args) throws Exception {
        System.err.printf("ConsoleBench: %s, %d s warm-up and %d s window…%n", what, WARM_UP_S, WINDOW_S);
        Process p = spawn(home, jvmArgs, env, args);
        try {
            awaitLine(p, home.resolve(saying), ready);
            sleepWhileAlive(p, WARM_UP_S);
            String loadBefore = loadAverage();
            ProcessUsage.Sample first = ProcessUsage.of(p.pid());
            ProcessUsage.Sample simFirst = ProcessUsage.of(sim.pid());
            long start = System.nanoTime();
            long rssMax = first.rssKiB();
            long rssSum = first.rssKiB();
            int samples = 1;
            ProcessUsage.Sample last = first;
            for (long s = 0; s < WINDOW_S; s++) {
                sleepWhileAlive(p, 1);
                last = ProcessUsage.of(p.pid());
                rssMax = Math.max(rssMax, last.rssKiB());
                rssSum += last.rssKiB();
                samples++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ProcessUsage.Sample simLast = ProcessUsage.of(sim.pid());
            Cost cost = new Cost(what, percent(last.cpuTicks() - first.cpuTicks(), seconds),
                    percent(last.jitTicks() - first.jitTicks(), seconds), rssMax / 1024.0,
                    rssSum / 1024.0 / samples, percent(simLast.cpuTicks() - simFirst.cpuTicks(), seconds), loadBefore,
                    loadAverage(), warnings(home), baysAnswered(home), openGlMapped(p.pid()));
            System.err.println("ConsoleBench: " + cost);
            return cost;
        } finally {
            stop(p);
        }
    }

    /**
     * Whether the program has Mesa's OpenGL libraries mapped: on a PC without a GPU they are the software rasteriser
     * and its LLVM, about 50 MB of the RSS for nothing (docs/decisions/0027-no-gpu-no-opengl.md).
     */
    private static boolean openGlMapped(long pid) throws IOException {
        try (var maps = Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
            return maps.anyMatch(l -> l.contains("libLLVM") || l.contains("_dri.so") || l.contains("libGLX_mesa"));
        }
    }

    private static double percent(long ticks, double seconds) {
        return 100.0 * ticks / ProcessUsage.TICKS_PER_SECOND / seconds;
    }

    /** Starts the console on the demo site and waits for the log lines of its first frame and of the dashboard. */
    private static Launch launch(String what, Path home, List<String> jvmArgs, Map<String, String> env) throws Exception {
        System.err.printf("ConsoleBench: launch, %s…%n", what);
        Path log = home.resolve("logs/chargedesk.log");
        long logged = Files.exists(log) ? Files.size(log) : 0;
        long spawned = System.nanoTime();
        Process p = spawn(home, jvmArgs, env, "run", "--db", home.resolve("db").toString());
        try {
            double firstFrame = Double.NaN;
            double firstFrameCpu = Double.NaN;
            double dashboard = Double.NaN;
            double dashboardCpu = Double.NaN;
            long deadline = spawned + TimeUnit.SECONDS.toNanos(START_DEADLINE_S);
            while (Double.isNaN(dashboard) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                for (String frame : newFrames(log, logged)) {
                    double s = (System.nanoTime() - spawned) / 1e9;
                    double cpu = (double) ProcessUsage.of(p.pid()).cpuTicks() / ProcessUsage.TICKS_PER_SECOND;
                    if (frame.equals("progress") && Double.isNaN(firstFrame)) {
                        firstFrame = s;
                        firstFrameCpu = cpu;
                    } else if (frame.equals("dashboard")) {
                        dashboard = s;
                        dashboardCpu = cpu;
                    }
                }
            }
            // Not there by the deadline: the table shows NaN, and the other launches are still measured.
            Launch launch = new Launch(what, firstFrame, firstFrameCpu, dashboard, dashboardCpu);
            System.err.println("ConsoleBench: " + launch);
            return launch;
        } finally {
            stop(p);
        }
    }

    private static void awaitLine(Process p, Path file, Pattern line) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_DEADLINE_S);
        while (!(Files.exists(file) && line.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not started within " + START_DEADLINE_S + " s: nothing matched "
                        + line + " in " + file);
            }
            sleepWhileAlive(p, 1);
        }
    }

    /** The frames named by first-frame lines logged after {@code from} bytes of the log. */
    private static List<String> newFrames(Path log, long from) throws IOException {
        if (!Files.exists(log) || Files.size(log) <= from) {
            return List.of();
        }
        byte[] all = Files.readAllBytes(log);
        Matcher m = FIRST_FRAME.matcher(new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8));
        List<String> frames = new ArrayList<>();
        while (m.find()) {
            frames.add(m.group(1));
        }
        return frames;
    }

    /** {@code java [jvmArgs] -Dchargedesk.home=HOME -cp (this class path) Main ARGS}, output in HOME. */
    private static Process spawn(Path home, List<String> jvmArgs, Map<String, String> env, String... args)
            throws IOException, URISyntaxException {
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmArgs);
        command.addAll(List.of("-Dchargedesk.home=" + home, "-cp", classPath(), MAIN));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(home.resolve("stdout.txt").toFile())
                .redirectError(home.resolve("stderr.txt").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * This program's class path: under {@code mvn exec:java} the classes come from the plugin's class loader, not
     * from {@code java.class.path}.
     */
    private static String classPath() throws URISyntaxException {
        if (ConsoleBench.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void sleepWhileAlive(Process p, long seconds) throws InterruptedException {
        if (p.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the program exited with code " + p.exitValue() + " while measured");
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static long warnings(Path home) throws IOException {
        Path log = home.resolve("logs/chargedesk.log");
        try (var lines = Files.exists(log) ? Files.lines(log, StandardCharsets.UTF_8) : java.util.stream.Stream.<String>empty()) {
            return lines.filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).count();
        }
    }

    /**
     * How many bays' meters answered at least once (their first answer logs "Bay B07: OFFLINE -> …"): on a machine too
     * loaded for the 300 ms timeout, the collector reads nothing and its low CPU means nothing.
     */
    private static long baysAnswered(Path home) throws IOException {
        Path log = home.resolve("logs/chargedesk.log");
        if (!Files.exists(log)) {
            return 0;
        }
        Matcher m = ANSWERED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        java.util.Set<String> bays = new java.util.HashSet<>();
        while (m.find()) {
            bays.add(m.group(1));
        }
        return bays.size();
    }

    /** The 1-, 5- and 15-minute load averages. */
    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static String cpuModel() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                    .orElse("CPU model unknown");
        } catch (IOException e) {
            return "CPU model unknown";
        }
    }

    /** What {@code -Dprism.verbose=true} says the console drew with. */
    private static String prismPipeline(Path stdout) throws IOException {
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        String name = lines.stream().filter(l -> l.contains("Prism pipeline name"))
                .map(l -> l.replaceFirst(".*=\\s*", "")).findFirst().orElse("pipeline unknown");
        return lines.stream().filter(l -> l.contains("Initialized prism pipeline"))
                .map(l -> l.replaceFirst(".*:\\s*", "")).reduce((a, b) -> b).orElse(name);
    }

    private static boolean onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Where the console draws: a virtual X display, or Monocle's headless platform (no X at all). */
    private static final class Screen implements AutoCloseable {

        private final Optional<Process> xvfb;
        private final String display;

        private Screen(Optional<Process> xvfb, String display) {
            this.xvfb = xvfb;
            this.display = display;
        }

        static Screen start(String kind) throws IOException {
            if (kind.equals("monocle")) {
                return new Screen(Optional.empty(), "");
            }
            // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
            Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (number == null) {
                throw new IOException("Xvfb did not start (apt-get install xvfb, or -Dbench.display=monocle)");
            }
            return new Screen(Optional.of(x), ":" + number.trim());
        }

        List<String> jvmArgs() {
            return xvfb.isPresent() ? List.of() : List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dmonocle.headless.geometry=1920x1080-32");
        }

        Map<String, String> env() {
            return xvfb.isPresent() ? Map.of("DISPLAY", display) : Map.of();
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb.isPresent()) {
                stop(xvfb.get());
            }
        }
    }
}
