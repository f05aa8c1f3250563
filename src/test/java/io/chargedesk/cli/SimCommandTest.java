package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.meter.BusDiagnostics;
import io.chargedesk.meter.MeterModels;
import io.chargedesk.meter.Reading;
import io.chargedesk.meter.modbus.ModbusBus;
import io.chargedesk.meter.modbus.ModbusMeterReader;
import io.chargedesk.site.BusConfig;
import io.chargedesk.site.Parity;
import io.chargedesk.testing.Await;
import io.chargedesk.testing.SocatPair;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimCommandTest {

    @Test
    void printsEachMetersSlaveIdAndSerialAndAnswersAsThatMeter(@TempDir Path dir) throws Exception {
        SocatPair.assumeInstalled();
        try (SocatPair cable = new SocatPair(dir).start()) {
            SimCommand sim = new SimCommand();
            CommandLine cli = new CommandLine(sim);
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            AtomicInteger exit = new AtomicInteger(-1);
            Thread running = new Thread(() -> exit.set(cli.execute("--port", cable.meterPort(), "--bays", "3",
                    "--seed", "5")));
            running.start();
            Await.until("the start lines", Duration.ofSeconds(10), () -> out.toString().contains("answering on"));

            assertThat(out.toString().lines().filter(l -> l.startsWith("slave "))).hasSize(3);
            Matcher m = Pattern.compile("slave 3  bay A3  sdm630  serial (\\d+)").matcher(out.toString());
            assertThat(m.find()).as(out.toString()).isTrue();

            BusConfig config = new BusConfig("bus1", cable.appPort(), 9600, Parity.NONE, 8, 1, Duration.ofMillis(200),
                    Duration.ZERO, 1);
            try (ModbusBus bus = ModbusBus.on(config, new BusDiagnostics("bus1", cable.appPort()))) {
                Reading r = new ModbusMeterReader("A3", 3, MeterModels.builtIn().get("sdm630"), bus,
                        new BusDiagnostics("bus1", cable.appPort())).read(Instant.now());
                assertThat(r.meterSerial()).isEqualTo(m.group(1));
            }

            sim.stop();
            running.join(5_000);
            assertThat(exit).hasValue(0);
        }
    }

    @Test
    void badFaultScheduleSaysHowToWriteIt() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ChargeDeskCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("sim", "--port", "/nonexistent", "--freeze", "2:60");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("write SLAVE:FROM-TO in simulated seconds, e.g. --freeze 2:60-300");
    }

    @Test
    void missingPortSaysWhatToCheck() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ChargeDeskCommand());
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("sim", "--port", "/nonexistent/ttyX", "--bays", "1")).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("cannot open /nonexistent/ttyX").contains("does it exist");
    }
}
