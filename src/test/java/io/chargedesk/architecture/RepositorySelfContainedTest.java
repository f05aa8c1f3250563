package io.chargedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository explains itself: no text in it cites the design notes the team started from, which live outside
 * the repository and which someone who clones only the repository does not have. Its own design is docs/design.md.
 */
class RepositorySelfContainedTest {

    /** What the repository ships as text; build output ({@code target/}) is not looked at. */
    private static final List<String> ROOTS = List.of("README.md", "pom.xml", "docs", "src", "bench", "installer",
            "sample-data");

    /** Written in pieces, so that this file does not cite what it looks for. */
    private static final List<String> OUTSIDE = List.of("../" + "shared", "..\\" + "shared", "DESIGN" + " §",
            "DESIGN" + ".md", "STACK" + ".md");

    @Test
    void noFileCitesDocumentsOutsideTheRepository() throws IOException {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        assertThat(base.resolve("pom.xml")).as("run from the project root, where Maven runs tests").isRegularFile();
        List<Path> files = new ArrayList<>();
        for (String root : ROOTS) {
            Path p = base.resolve(root);
            if (Files.exists(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        List<String> citations = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (OUTSIDE.stream().anyMatch(line::contains)) {
                    citations.add(base.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(files).as("files scanned").hasSizeGreaterThan(100);
        assertThat(citations).as("text that cites a document outside the repository; cite docs/design.md instead")
                .isEmpty();
    }

    /** Images, fonts and other binaries hold a NUL byte near their start; text files do not. */
    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
