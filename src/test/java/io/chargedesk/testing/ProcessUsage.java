package io.chargedesk.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A Linux process's CPU time and resident memory as {@code /proc} reports them, for the console benchmark: CPU as
 * utime + stime of {@code /proc/PID/stat} in clock ticks, memory as {@code VmRSS} of {@code /proc/PID/status}.
 */
public final class ProcessUsage {

    /** Clock ticks per second of {@code /proc/PID/stat} ({@code getconf CLK_TCK}); 100 on every Linux we ship to. */
    public static final int TICKS_PER_SECOND = 100;

    /**
     * @param cpuTicks user + system CPU time so far, in clock ticks
     * @param jitTicks of which the JIT compiler threads' ("C1 CompilerThre…", "C2 CompilerThre…"): warm-up, not
     *                 the program's steady work
     */
    public record Sample(long cpuTicks, long jitTicks, long rssKiB) {}

    private ProcessUsage() {
    }

    public static Sample of(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        long jit = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(proc.resolve("task"))) {
            for (Path thread : threads) {
                try {
                    if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        jit += cpuTicks(Files.readString(thread.resolve("stat")));
                    }
                } catch (NoSuchFileException ended) {
                    // A compiler thread the JVM stopped between listing and reading: its time is gone from /proc.
                }
            }
        }
        return new Sample(cpuTicks(Files.readString(proc.resolve("stat"))), jit,
                rssKiB(Files.readString(proc.resolve("status"))));
    }

    /**
     * utime + stime, fields 14 and 15 of the stat line. The command name (field 2) is in parentheses and may hold
     * spaces and parentheses itself, so the fields are counted from its last closing parenthesis.
     */
    public static long cpuTicks(String statLine) {
        int end = statLine.lastIndexOf(')');
        if (end < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + statLine);
        }
        // After the name: field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
        String[] fields = statLine.substring(end + 1).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** VmRSS in KiB; 0 when the process has no memory any more (a zombie's status has no VmRSS line). */
    public static long rssKiB(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
            }
        }
        return 0;
    }
}
