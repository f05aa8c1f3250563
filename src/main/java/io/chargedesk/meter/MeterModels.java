package io.chargedesk.meter;

import io.chargedesk.text.Reason;
import io.chargedesk.yaml.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meter models we can read, by the name a site file uses ({@code meter: sdm630}): the built-in
 * maps shipped in {@code /meters/}, plus an installer's own maps from a folder of {@code *.yaml} files.
 */
public final class MeterModels {

    /** The maps shipped with the app, in the order a bus scan prefers them. */
    public static final List<String> BUILT_IN = List.of("sdm630", "sdm72", "sdm120", "abb_b23", "em340");

    /**
     * Models that answer with another model's map: the B24 (CT-connected) has the B23's registers, so a site
     * file may name the meter on its label.
     */
    private static final Map<String, String> ALIASES = Map.of("abb_b24", "abb_b23");

    private final Map<String, RegisterMap> maps;
    private final List<String> order;

    private MeterModels(Map<String, RegisterMap> maps) {
        this.maps = Map.copyOf(maps);
        this.order = List.copyOf(maps.keySet());
    }

    /** The built-in maps; a broken one is a packaging bug, so it fails loudly. */
    public static MeterModels builtIn() {
        try {
            return new MeterModels(loadBuiltIn());
        } catch (RegisterMapException e) {
            throw new IllegalStateException("a built-in register map is broken: " + e.getMessage(), e);
        }
    }

    /**
     * The built-in maps plus every {@code *.yaml} map in {@code folder} (none if the folder does not
     * exist yet); a user map may replace a built-in one of the same model name.
     */
    public static MeterModels withUserMaps(Path folder) throws RegisterMapException {
        Map<String, RegisterMap> maps = loadBuiltIn();
        if (!Files.exists(folder)) {
            return new MeterModels(maps);
        }
        List<Problem> problems = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.yaml")) {
            for (Path file : files) {
                try {
                    RegisterMap map = RegisterMapFile.parse(Files.readString(file, StandardCharsets.UTF_8),
                            file.toString());
                    maps.put(map.model(), map);
                } catch (RegisterMapException e) {
                    problems.addAll(e.found());
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(folder + ": ", "", Reason.said("cannot read the register map folder ("
                    + e.getMessage() + "); check the path and permissions")));
        }
        if (!problems.isEmpty()) {
            throw new RegisterMapException(problems);
        }
        return new MeterModels(maps);
    }

    private static Map<String, RegisterMap> loadBuiltIn() throws RegisterMapException {
        Map<String, RegisterMap> maps = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            String resource = "/meters/" + name + ".yaml";
            try (InputStream in = MeterModels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the application");
                }
                maps.put(name, RegisterMapFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return maps;
    }

    /** Whether {@code model} names a map we have; usable as the site file's meter check. */
    public boolean contains(String model) {
        return find(model).isPresent();
    }

    public Optional<RegisterMap> find(String model) {
        RegisterMap map = maps.get(model);
        return Optional.ofNullable(map != null || !ALIASES.containsKey(model) ? map : maps.get(ALIASES.get(model)));
    }

    public RegisterMap get(String model) {
        return find(model).orElseThrow(() -> new IllegalArgumentException("'" + model
                + "' is not a known meter model; known: " + names()));
    }

    /** Model names, built-in first, then the other names of built-in models. */
    public List<String> names() {
        List<String> names = new ArrayList<>(order);
        ALIASES.keySet().stream().filter(alias -> !maps.containsKey(alias)).sorted().forEach(names::add);
        return names;
    }

    public Collection<RegisterMap> all() {
        return order.stream().map(maps::get).toList();
    }
}
