package io.chargedesk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNothingBeside() throws Exception {
        Path file = dir.resolve("receipts/receipt-000001.pdf");
        WholeFile.write(file, new byte[] {1, 2, 3});
        WholeFile.write(file, new byte[] {4, 5});

        assertThat(Files.readAllBytes(file)).containsExactly(4, 5);
        assertThat(names(file.getParent())).containsExactly("receipt-000001.pdf");
    }

    @Test
    void aFailedWriteKeepsWhatWasThereAndLeavesNoTemporaryFile() throws Exception {
        Path folderInTheWay = Files.createDirectories(dir.resolve("statement.pdf"));
        Files.writeString(folderInTheWay.resolve("kept.txt"), "kept");

        assertThatThrownBy(() -> WholeFile.write(folderInTheWay, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(names(dir)).containsExactly("statement.pdf");
        assertThat(folderInTheWay.resolve("kept.txt")).hasContent("kept");
    }

    @Test
    void anExportThatFailsHalfWayKeepsThePreviousFileAndLeavesNoTemporaryOne() throws Exception {
        Path file = dir.resolve("sessions-2026-10.csv");
        Files.writeString(file, "the export of yesterday");

        assertThatThrownBy(() -> WholeFile.write(file, out -> {
            out.write("session_id,bay\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the disk is full");
        })).hasMessage("the disk is full");
        assertThat(file).hasContent("the export of yesterday");
        assertThat(names(dir)).containsExactly("sessions-2026-10.csv");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
