package io.chargedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProcessUsageTest {

    @Test
    void cpuIsUserPlusSystemTimeCountedAfterTheCommandName() {
        // A thread name with spaces and a parenthesis must not shift the fields.
        String stat = "4242 (java (fx) x) S 1 4242 4242 0 -1 4194560 5000 0 3 0 1234 567 0 0 20 0 40 0 953885 "
                + "5000000000 120000 18446744073709551615 1 1 0 0 0 0 0 4096 17 1 0 0 0 0 0";

        assertThat(ProcessUsage.cpuTicks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void aLineWithoutCommandNameIsRefused() {
        assertThatThrownBy(() -> ProcessUsage.cpuTicks("4242 S 1")).hasMessageContaining("/proc/PID/stat");
    }

    @Test
    void rssIsTheVmRssLineInKiB() {
        String status = "Name:\tjava\nVmPeak:\t 5000000 kB\nVmHWM:\t  400000 kB\nVmRSS:\t  312044 kB\nThreads:\t40\n";

        assertThat(ProcessUsage.rssKiB(status)).isEqualTo(312044);
        assertThat(ProcessUsage.rssKiB("Name:\tjava\nState:\tZ (zombie)\n")).isZero();
    }

    @Test
    void readsThisProcess() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/stat")), "no /proc: not Linux");
        ProcessUsage.Sample self = ProcessUsage.of(ProcessHandle.current().pid());

        assertThat(self.cpuTicks()).isPositive().isGreaterThanOrEqualTo(self.jitTicks());
        assertThat(self.rssKiB()).isPositive();
    }
}
