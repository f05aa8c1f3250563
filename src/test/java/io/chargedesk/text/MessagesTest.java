package io.chargedesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws Exception {
        Properties english = load(bundleFile("messages.properties"));
        List<Path> languages = otherLanguages();
        assertThat(languages).as("German is one of the languages").anyMatch(p -> p.endsWith("messages_de.properties"));
        for (Path language : languages) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames()).as("keys of %s", language.getFileName())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void everyTextIsAValidPatternWithItsApostrophesDoubled() throws Exception {
        List<Path> files = new ArrayList<>(otherLanguages());
        files.add(bundleFile("messages.properties"));
        for (Path file : files) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(LONE_APOSTROPHE.matcher(text).find()).as("%s in %s: write '' for an apostrophe", key,
                        file.getFileName()).isFalse();
                new MessageFormat(text);
            }
        }
    }

    @Test
    void englishIsChosenForEnglishEvenOnAGermanPc() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Messages.of(Locale.ENGLISH).get("app.name")).isEqualTo("ChargeDesk");
            assertThat(Messages.of(Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Messages.of(Locale.forLanguageTag("fr")).has("app.name")).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyNamesItself() {
        assertThatThrownBy(() -> Messages.of(Locale.GERMAN).get("no.such.key"))
                .hasMessageContaining("no.such.key");
    }

    /** The screens and their background work word texts at the same time, from one parsed pattern per text. */
    @Test
    void textsWordedFromManyThreadsAtOnceComeOutWhole() throws Exception {
        Messages german = Messages.of(Locale.GERMAN);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                wrong.add(threads.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        int watts = (thread * 100_000 + i) * 10;
                        String expected = String.format(Locale.GERMAN, "%.2f kW", watts / 1000.0);
                        String worded = german.get("dashboard.power", watts / 1000.0);
                        if (!worded.equals(expected)) {
                            mismatches.add(worded + " instead of " + expected);
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> f : wrong) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Path bundleFile(String name) throws URISyntaxException {
        return Path.of(Messages.class.getResource("messages.properties").toURI()).resolveSibling(name);
    }

    private static List<Path> otherLanguages() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(bundleFile("messages.properties").getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("messages_[a-z]{2,3}(_[A-Z]{2})?\\.properties"))
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
