package io.chargedesk.yaml;

import io.chargedesk.text.NumberRange;
import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML node tree (the site file, meter register maps) while remembering where each value stood, so every complaint can say
 * "site.yaml:12: bays[3].address: …". Problems are collected, not thrown, to report them all at once.
 */
public final class YamlNodes {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param file the name every problem starts with, and the line; empty for values from no file (typed in a form,
     *     as a {@link #tree}), whose problems then name only the field
     */
    public YamlNodes(String file) {
        this.file = file;
    }

    /**
     * Parses YAML text into a node tree that still knows its line numbers; on a syntax error or an
     * empty text, adds the complaint to {@code problems} and returns empty.
     */
    public static Optional<Node> compose(String yamlText, String fileName, List<Problem> problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(fileName + ":" + line + ": ", "", Reason.of(YamlProblem.NOT_YAML, e.getProblem())));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(new Problem(fileName + ": ", "", Reason.of(YamlProblem.NOT_YAML,
                    String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        if (root == null) {
            problems.add(new Problem(fileName + ": ", "", Reason.of(YamlProblem.EMPTY_FILE)));
        }
        return Optional.ofNullable(root);
    }

    public List<Problem> problems() {
        return problems;
    }

    public void problem(Node at, String path, Reason what) {
        int line = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
        String where = file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        problems.add(new Problem(where, path, what));
    }

    /** A problem only a developer reads (a meter's register map), in English words. */
    public void problem(Node at, String path, String message) {
        problem(at, path, Reason.said(message));
    }

    /**
     * The node tree of plain values, as a file giving them would read: maps (keys in order), lists, and any other value
     * as its text, a {@link BigDecimal} written plainly. So values typed elsewhere are checked by the reader of the
     * file, exactly as typed (SnakeYAML's own representer would turn a control character into base64); the nodes have
     * no lines.
     */
    public static Node tree(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(new NodeTuple(scalar(String.valueOf(k)), tree(v))));
            return new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            return new SequenceNode(Tag.SEQ, list.stream().map(YamlNodes::tree).toList(), DumperOptions.FlowStyle.BLOCK);
        }
        return scalar(value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
    }

    private static ScalarNode scalar(String text) {
        return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** A mapping's entries by key, in file order; complains about anything else. */
    public Map<String, Node> mapping(Node node, String path) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, path, Reason.of(YamlProblem.NOT_A_MAPPING));
            return entries;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (entries.put(k.getValue(), t.getValueNode()) != null) {
                    problem(k, path + "." + k.getValue(), Reason.of(YamlProblem.TWICE));
                }
            }
        }
        return entries;
    }

    public List<Node> sequence(Node node, String path) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            problem(node, path, Reason.of(YamlProblem.NOT_A_LIST));
            return List.of();
        }
        return s.getValue();
    }

    public void rejectUnknown(Map<String, Node> entries, Node parent, String path, List<String> known) {
        for (var e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                problem(e.getValue(), path + "." + e.getKey(), Reason.of(YamlProblem.UNKNOWN_SETTING,
                        String.join(", ", known)));
            }
        }
    }

    public Optional<String> text(Map<String, Node> entries, String key, String path) {
        Node n = entries.get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (!(n instanceof ScalarNode s)) {
            problem(n, path + "." + key, Reason.of(YamlProblem.NOT_A_SINGLE_VALUE));
            return Optional.empty();
        }
        return Optional.of(s.getValue().strip());
    }

    /** Free text, refused unless it fits {@code limit}: one line, no longer than its database column. */
    public Optional<String> text(Map<String, Node> entries, String key, String path, TextLimit limit) {
        return text(entries, key, path).filter(v -> fits(v, limit, entries.get(key), path + "." + key));
    }

    /** Free text that must be given, as {@link #text(Map, String, String, TextLimit)}; "" after a problem. */
    public String requiredText(Map<String, Node> entries, String key, String path, Node parent, TextLimit limit) {
        String v = requiredText(entries, key, path, parent);
        return fits(v, limit, entries.get(key), path + "." + key) ? v : "";
    }

    private boolean fits(String value, TextLimit limit, Node at, String path) {
        Optional<Reason> wrong = limit.reason(value);
        wrong.ifPresent(w -> problem(at, path, w));
        return wrong.isEmpty();
    }

    public String requiredText(Map<String, Node> entries, String key, String path, Node parent) {
        Optional<String> v = text(entries, key, path);
        if (v.isEmpty() || v.get().isEmpty()) {
            if (!entries.containsKey(key)) {
                problem(parent, path + "." + key, Reason.of(YamlProblem.MISSING));
            } else {
                problem(entries.get(key), path + "." + key, Reason.of(YamlProblem.EMPTY));
            }
            return "";
        }
        return v.get();
    }

    public Optional<Long> integer(Map<String, Node> entries, String key, String path, long min, long max) {
        return text(entries, key, path).flatMap(v -> NumberRange.whole(min, max).readWhole(v,
                w -> problem(entries.get(key), path + "." + key, w)));
    }

    public Optional<BigDecimal> decimal(Map<String, Node> entries, String key, String path, NumberRange range) {
        return text(entries, key, path).flatMap(v -> range.read(v, w -> problem(entries.get(key), path + "." + key, w)));
    }

    public Optional<Boolean> bool(Map<String, Node> entries, String key, String path) {
        Optional<String> v = text(entries, key, path);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        switch (v.get().toLowerCase()) {
            case "true", "yes", "on" -> {
                return Optional.of(true);
            }
            case "false", "no", "off" -> {
                return Optional.of(false);
            }
            default -> {
                problem(entries.get(key), path + "." + key, Reason.of(YamlProblem.NOT_TRUE_OR_FALSE, v.get()));
                return Optional.empty();
            }
        }
    }
}
