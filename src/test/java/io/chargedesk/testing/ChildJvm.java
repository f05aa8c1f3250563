package io.chargedesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code java} command line running a class of this test's class path in a JVM of its own. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -Dchargedesk.home=HOME -cp (the tests' class path) MAIN ARGS…}. */
    public static List<String> command(Path home, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dchargedesk.home=" + home, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
