package io.chargedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A value that does not fit, from a site file or an option, ends the command with exit code 2 and a message naming
 * where it is: never a stack trace, never the database's own words.
 */
class BadValuesCommandTest {

    private static final String SITE = """
            site: {name: Harbour Car Park, timezone: Europe/Berlin, grid_limit_kw: 100}
            buses:
              - {id: bus1, port: /dev/ttyUSB0}
            bays:
              - {id: A1, name: Bay A1, bus: bus1, address: 1, max_kw: 22}
            tariffs:
              - {id: standard, effective_from: 2026-01-01T00:00:00+01:00, energy_per_kwh: 0.49, vat_percent: 19}
            """;

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ChargeDeskCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name: Bay A1 | name: B*150 | :5: bays[0].name: 150 characters; at most 100
            id: A1 | id: A*40 | :5: bays[0].id: 40 characters; at most 32
            max_kw: 22 | max_kw: 1e999999 | :5: bays[0].max_kw: 1e999999 is out of range (0–4000)
            max_kw: 22 | max_kw: -22 | :5: bays[0].max_kw: -22 is negative; use 0 or more
            max_kw: 22 | max_kw: .NaN | :5: bays[0].max_kw: '.NaN' is not a number (write it like 0.49)
            grid_limit_kw: 100 | grid_limit_kw: 1e30 | :1: site.grid_limit_kw: 1e30 is out of range (0–100000)
            energy_per_kwh: 0.49 | energy_per_kwh: 1e9 | :7: tariffs[0].energy_per_kwh: 1e9 is out of range (0–10000000)
            """)
    void aSiteFileValueThatDoesNotFitIsExitCode2WithFileLineAndField(String good, String bad, String expected)
            throws IOException {
        Path file = dir.resolve("bad.yaml");
        // "B*150" is 150 B's.
        String value = Pattern.compile("(\\w)\\*(\\d+)").matcher(bad)
                .replaceAll(m -> m.group(1).repeat(Integer.parseInt(m.group(2))));
        Files.writeString(file, SITE.replace(good, value), StandardCharsets.UTF_8);

        int code = run("run", "--headless", "--site", file.toString(), "--db", dir.resolve("db/site").toString());

        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains(file + expected);
        assertNoStackTraceOrSql();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            run --headless --speed NaN                  | --speed must be above 0 and at most 100000
            run --speed 0                               | --speed must be above 0 and at most 100000
            run --headless --speed 1e9                  | --speed must be above 0 and at most 100000
            sim --port /nonexistent --speed Infinity    | --speed must be above 0 and at most 100000
            sim --port /nonexistent --drop 150          | --drop is a percentage from 0 to 100, not 150.0
            sim --port /nonexistent --garble -1         | --garble is a percentage from 0 to 100, not -1.0
            sim --port /nonexistent --wrong-id NaN      | --wrong-id is a percentage from 0 to 100, not NaN
            sim --port /nonexistent --bays 300          | --bays must be 1 to 247
            sim --port /nonexistent --baud 7            | --baud 7 is not a usual meter baud rate
            sim --port /nonexistent --swap 99999999999:1 | --swap 99999999999:1: write SLAVE:AT in simulated seconds
            sessions --from 0001-01-01                  | --from 0001-01-01 is not a day in the years 1970–9999
            sessions --to +999999999-12-31              | --to +999999999-12-31 is not a day in the years 1970–9999
            run --backup-to /tmp/b                      | --backup-to works with --headless
            run --headless --backup-to /tmp/b --backup-every 0 | --backup-every is in hours, from 1 to 744, not 0
            run --headless --backup-to /tmp/b --backup-keep 0  | --backup-keep is how many backups to keep, from 1 to 1000
            backup --to /tmp/b --keep 5000              | --keep is how many backups to keep, from 1 to 1000, not 5000
            restore --from /tmp/none.zip --check        | Give either --db PATH to restore to, or --check
            """)
    void anOptionOutOfRangeIsExitCode2NamingTheOption(String args, String expected) {
        String db = args.startsWith("sim") ? "" : " --db " + dir.resolve("db/site");

        int code = run((args + db).split(" "));

        assertThat(code).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains(expected);
        assertNoStackTraceOrSql();
    }

    private void assertNoStackTraceOrSql() {
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL")
                .doesNotContain("CHARACTER VARYING");
    }
}
