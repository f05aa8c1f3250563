package io.chargedesk.meter;

import io.chargedesk.text.NumberRange;
import io.chargedesk.text.TextLimit;
import io.chargedesk.yaml.Problem;
import io.chargedesk.yaml.YamlNodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a register map file:
 * <pre>
 * model: sdm630
 * description: Eastron SDM630 v2
 * max_registers_per_read: 80
 * word_order: high_first            # default for all registers; low_first for Carlo Gavazzi
 * registers:
 *   import_energy: {function: 4, address: 0x0048, type: float32}          # kWh
 *   power_total:   {function: 3, address: 0x5B14, type: int32, scale: 0.01} # W
 * </pre>
 * Units are fixed per quantity ({@link Quantity#unit()}); {@code scale} converts the raw number into it.
 */
public final class RegisterMapFile {

    private static final List<String> TOP_KEYS = List.of("model", "description", "max_registers_per_read",
            "word_order", "registers");
    private static final List<String> REGISTER_KEYS = List.of("function", "address", "type", "scale", "word_order");
    /**
     * Meters scale by powers of ten between 0.0001 kWh and 1000 W steps; a factor beyond a million either way is a
     * typo that would read every value as 0 or as more than a long holds. Negative turns a sign the other way.
     */
    private static final NumberRange SCALE = NumberRange.of("-1000000", "1000000", 6);

    private RegisterMapFile() {}

    public static RegisterMap parse(String yamlText, String fileName) throws RegisterMapException {
        List<Problem> syntax = new ArrayList<>();
        Node root = YamlNodes.compose(yamlText, fileName, syntax).orElse(null);
        if (root == null) {
            throw new RegisterMapException(syntax);
        }
        YamlNodes y = new YamlNodes(fileName);
        Map<String, Node> top = y.mapping(root, "(top)");
        y.rejectUnknown(top, root, "(top)", TOP_KEYS);
        String model = y.requiredText(top, "model", "(top)", root, TextLimit.METER_MODEL).toLowerCase(Locale.ROOT);
        String description = y.text(top, "description", "(top)", TextLimit.METER_DESCRIPTION).orElse(model);
        int max = y.integer(top, "max_registers_per_read", "(top)", 1, 125).orElse(125L).intValue();
        WordOrder defaultOrder = wordOrder(y, top, "(top)").orElse(WordOrder.HIGH_FIRST);
        List<RegisterField> fields = new ArrayList<>();
        Node registers = top.get("registers");
        if (registers == null) {
            y.problem(root, "registers", "is missing; map at least import_energy and power_total");
        } else {
            for (var e : y.mapping(registers, "registers").entrySet()) {
                readField(y, e.getKey(), e.getValue(), defaultOrder).ifPresent(fields::add);
            }
        }
        if (y.problems().isEmpty()) {
            try {
                return new RegisterMap(model, description, max, fields);
            } catch (IllegalArgumentException ex) {
                y.problem(root, "registers", ex.getMessage());
            }
        }
        throw new RegisterMapException(y.problems());
    }

    private static Optional<RegisterField> readField(YamlNodes y, String key, Node node, WordOrder defaultOrder) {
        String p = "registers." + key;
        Quantity quantity = Arrays.stream(Quantity.values()).filter(q -> q.key().equals(key)).findFirst().orElse(null);
        if (quantity == null) {
            y.problem(node, p, "unknown quantity; known: "
                    + String.join(", ", Arrays.stream(Quantity.values()).map(Quantity::key).toList()));
            return Optional.empty();
        }
        Map<String, Node> m = y.mapping(node, p);
        y.rejectUnknown(m, node, p, REGISTER_KEYS);
        int before = y.problems().size();
        long function = y.integer(m, "function", p, 3, 4).orElse(0L);
        if (!m.containsKey("function")) {
            y.problem(node, p + ".function", "is missing; 3 reads holding registers, 4 input registers");
        }
        int address = address(y, m, p, node);
        RegisterType type = null;
        String typeText = y.requiredText(m, "type", p, node);
        if (!typeText.isEmpty()) {
            try {
                type = RegisterType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                y.problem(m.get("type"), p + ".type", "'" + typeText + "' is not one of int16, uint16, int32, "
                        + "uint32, float32, int64, uint64");
            }
        }
        BigDecimal scale = y.decimal(m, "scale", p, SCALE).orElse(BigDecimal.ONE);
        WordOrder order = wordOrder(y, m, p).orElse(defaultOrder);
        if (y.problems().size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegisterField(quantity, RegisterTable.ofFunctionCode((int) function), address, type,
                    scale, order));
        } catch (IllegalArgumentException e) {
            y.problem(node, p, e.getMessage());
            return Optional.empty();
        }
    }

    private static int address(YamlNodes y, Map<String, Node> m, String p, Node node) {
        String text = y.requiredText(m, "address", p, node);
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int a = Integer.decode(text);
            if (a < 0 || a > 0xFFFF) {
                y.problem(m.get("address"), p + ".address", text + " is outside 0–65535 (0x0000–0xFFFF)");
            }
            return a;
        } catch (NumberFormatException e) {
            y.problem(m.get("address"), p + ".address", "'" + text
                    + "' is not an address; write the 0-based register number, e.g. 72 or 0x0048");
            return 0;
        }
    }

    private static Optional<WordOrder> wordOrder(YamlNodes y, Map<String, Node> m, String p) {
        Optional<String> text = y.text(m, "word_order", p);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WordOrder.valueOf(text.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            y.problem(m.get("word_order"), p + ".word_order", "'" + text.get() + "' is not high_first or low_first");
            return Optional.empty();
        }
    }
}
