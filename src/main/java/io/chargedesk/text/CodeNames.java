package io.chargedesk.text;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names people read for the codes the program keeps (anomaly codes, end reasons, fault kinds, settings fields),
 * from the bundle keys {@code code.anomaly.<code>}, {@code code.end.<reason>}, {@code code.fault.<kind>} and
 * {@code code.field.<path>}. The codes themselves stay in files and exports; only the screens show names.
 */
public final class CodeNames {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Messages texts;

    private CodeNames(Messages texts) {
        this.texts = texts;
    }

    public static CodeNames of(Locale locale) {
        return new CodeNames(Messages.of(locale));
    }

    /** "Energie unplausibel" for {@code energy_implausible}; the code itself for one the bundle does not name. */
    public String anomaly(String code) {
        return name("code.anomaly." + code, code);
    }

    /** The name of an end reason, given as its enum constant ({@code TIMEOUT}) or code ({@code timeout}). */
    public String endReason(String reason) {
        return name("code.end." + reason.toLowerCase(Locale.ROOT), reason);
    }

    /** The name of a fault kind, given as its enum constant ({@code PORT_GONE}). */
    public String fault(String kind) {
        return name("code.fault." + kind.toLowerCase(Locale.ROOT), kind);
    }

    /** "Ladepunkt 2: maximale Leistung (kW)" for {@code bays[1].max_kw}: lists count from 1 for people. */
    public String field(String path) {
        List<Object> numbers = new ArrayList<>();
        Matcher m = INDEX.matcher(path);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)) + 1);
        }
        String key = "code.field." + INDEX.matcher(path).replaceAll("");
        return texts.has(key) ? texts.get(key, numbers.toArray()) : path;
    }

    /**
     * A problem found in settings, in the reader's words: where it stands (a file and line, or nothing), the field's
     * name, what is wrong.
     */
    public String problem(String where, String path, Reason what) {
        return where + (path.isEmpty() ? "" : field(path) + ": ") + texts.reason(what, ZoneOffset.UTC);
    }

    private String name(String key, String fallback) {
        return texts.has(key) ? texts.get(key) : fallback;
    }
}
