package io.chargedesk.e2e;

import io.chargedesk.store.Database;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Collectors started as users start them ({@code run --headless --site FILE --db PATH}), each in its own JVM with
 * the test's class path, their output kept in {@code dir} for failure messages.
 */
final class CollectorProcesses implements AutoCloseable {

    private final Path dir;
    private final List<Process> started = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    CollectorProcesses(Path dir) {
        this.dir = dir;
    }

    Process start(Path site, String db, String name) throws IOException {
        return start(name, "run", "--headless", "--site", site.toString(), "--db", db);
    }

    /** Any command line, e.g. the demo site without {@code --site}. */
    Process start(String name, String... args) throws IOException {
        Process p = new ProcessBuilder(ChildJvm.command(home(), "io.chargedesk.cli.Main", args)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("collector-" + name + ".log").toFile()).start();
        started.add(p);
        names.add(name);
        return p;
    }

    /** What a collector printed. */
    String output(String name) throws IOException {
        return Files.readString(dir.resolve("collector-" + name + ".log"));
    }

    /** The data folder's log, shared by every collector started here. */
    String sharedLog() throws IOException {
        Path log = home().resolve("logs/chargedesk.log");
        return Files.isRegularFile(log) ? Files.readString(log) : "";
    }

    private Path home() {
        return dir.resolve("home");
    }

    /** Opens the collector's database once the collector has created it. */
    static Database awaitDatabase(String db) throws Exception {
        Await.until("the collector's database", Duration.ofSeconds(30), () -> Files.exists(Path.of(db + ".mv.db")));
        return Database.open(db);
    }

    /** A read of the collector's database inside a condition to wait on: a failure fails the test. */
    static <T> T query(Callable<T> read) {
        try {
            return read.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The collectors' own words, for a failure message. */
    String logs() {
        StringBuilder b = new StringBuilder();
        for (String name : names) {
            b.append(tail(dir.resolve("collector-" + name + ".log"), 15, "collector " + name));
        }
        return b.append(tail(home().resolve("logs/chargedesk.log"), 30, "chargedesk.log")).toString();
    }

    private static String tail(Path file, int lines, String title) {
        try {
            List<String> all = Files.readAllLines(file);
            return "\n--- " + title + " (last lines) ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "\n(no " + title + ")";
        }
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
