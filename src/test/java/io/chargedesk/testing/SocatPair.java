package io.chargedesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual null-modem cable: {@code socat} joins two ptys and links them as {@code ttyMETER} (the
 * simulator's end) and {@code ttyAPP} (the poller's end) in a folder. Killing it makes both ports
 * vanish, as an unplugged USB adapter does; starting it again brings them back under the same names.
 */
public final class SocatPair implements AutoCloseable {

    private final Path meterEnd;
    private final Path appEnd;
    private final Path log;
    private Process process;

    public SocatPair(Path dir) {
        this.meterEnd = dir.resolve("ttyMETER");
        this.appEnd = dir.resolve("ttyAPP");
        this.log = dir.resolve("socat.log");
    }

    /** Skips the calling test, saying why, when socat is not installed; installs nothing. */
    public static void assumeInstalled() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "socat"));
        }
        Assumptions.assumeTrue(found, "socat is not installed (apt-get install socat); skipping the pty end-to-end test");
    }

    public String meterPort() {
        return meterEnd.toString();
    }

    public String appPort() {
        return appEnd.toString();
    }

    public SocatPair start() throws IOException, InterruptedException {
        process = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + meterEnd,
                "pty,raw,echo=0,link=" + appEnd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!(Files.exists(meterEnd) && Files.exists(appEnd))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("socat did not make the pty pair: " + Files.readString(log));
            }
            Thread.sleep(10);
        }
        return this;
    }

    /** Pulls the cable: socat exits and both links disappear. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
            process = null;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((Files.exists(meterEnd) || Files.exists(appEnd)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
