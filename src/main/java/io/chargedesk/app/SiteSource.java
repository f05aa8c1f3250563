package io.chargedesk.app;

import io.chargedesk.site.SiteConfig;
import io.chargedesk.site.SiteFile;
import io.chargedesk.site.SiteFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Finds the site to run: a given file, else the site file in the data folder, else the built-in demo. */
public final class SiteSource {

    // TODO(modbus merge): replace with the register-map registry.
    private static final Set<String> METER_MODELS = Set.of("sdm630", "sdm120", "sdm72", "abb_b23", "em340", "generic");
    private static final String DEMO_RESOURCE = "demo-site.yaml";

    private SiteSource() {
    }

    /** A site configuration and where it came from, for the title bar and the log. */
    public record Loaded(SiteConfig config, String origin) {}

    public static SiteFile parser() {
        return new SiteFile(METER_MODELS::contains);
    }

    public static Loaded load(Optional<Path> file) throws SiteFileException {
        if (file.isPresent()) {
            return new Loaded(parser().load(file.get()), file.get().toString());
        }
        Path inDataFolder = AppPaths.siteFile();
        if (Files.isRegularFile(inDataFolder)) {
            return new Loaded(parser().load(inDataFolder), inDataFolder.toString());
        }
        return demo();
    }

    public static Loaded demo() throws SiteFileException {
        try (InputStream in = SiteSource.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo site file is missing from the application");
            }
            return new Loaded(parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEMO_RESOURCE),
                    "built-in demo site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
