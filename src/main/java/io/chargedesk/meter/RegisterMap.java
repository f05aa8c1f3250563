package io.chargedesk.meter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a meter model keeps its values (docs/design.md, Meters), loaded from a map file rather than written in
 * code. Import energy and total power are required: they are what sessions bill and detect.
 *
 * @param model the name a site file uses, e.g. {@code sdm630}
 * @param maxRegistersPerRead the most registers the meter answers in one request (Eastron: 80)
 */
public record RegisterMap(String model, String description, int maxRegistersPerRead, List<RegisterField> fields) {

    /** What every map must have: sessions bill the import register and detect charging by power. */
    private static final List<Quantity> REQUIRED = List.of(Quantity.IMPORT_ENERGY, Quantity.POWER_TOTAL);

    public RegisterMap {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        if (maxRegistersPerRead < 1 || maxRegistersPerRead > 125) {
            throw new IllegalArgumentException(model + ": max registers per read must be 1–125 (Modbus limit), not "
                    + maxRegistersPerRead);
        }
        for (Quantity required : REQUIRED) {
            if (fields.stream().noneMatch(f -> f.quantity() == required)) {
                throw new IllegalArgumentException(model + ": " + required.key() + " is required");
            }
        }
        for (RegisterField f : fields) {
            if (f.type().words() > maxRegistersPerRead) {
                throw new IllegalArgumentException(model + ": " + f.quantity().key() + " is wider than one read");
            }
        }
    }

    public Optional<RegisterField> field(Quantity quantity) {
        return fields.stream().filter(f -> f.quantity() == quantity).findFirst();
    }

    /** The fields read on every poll: everything but the serial number. */
    public List<RegisterField> measurements() {
        return fields.stream().filter(f -> f.quantity() != Quantity.SERIAL_NUMBER).toList();
    }

    /**
     * The fewest contiguous reads that cover the measurements: fields sorted by address, each block
     * grown while it stays within the meter's limit. Unused registers inside a block are read too;
     * one longer frame costs far less bus time than another round trip.
     */
    public List<ReadBlock> plan() {
        return plan(measurements(), maxRegistersPerRead);
    }

    /** The read for the serial number, if the model exposes one. */
    public Optional<ReadBlock> serialBlock() {
        return field(Quantity.SERIAL_NUMBER).map(f -> new ReadBlock(f.table(), f.address(), f.type().words()));
    }

    static List<ReadBlock> plan(List<RegisterField> fields, int maxPerRead) {
        List<RegisterField> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing(RegisterField::table).thenComparingInt(RegisterField::address));
        List<ReadBlock> blocks = new ArrayList<>();
        RegisterTable table = null;
        int start = 0;
        int end = 0;
        for (RegisterField f : sorted) {
            if (table == f.table() && f.end() - start <= maxPerRead) {
                end = Math.max(end, f.end());
                continue;
            }
            if (table != null) {
                blocks.add(new ReadBlock(table, start, end - start));
            }
            table = f.table();
            start = f.address();
            end = f.end();
        }
        if (table != null) {
            blocks.add(new ReadBlock(table, start, end - start));
        }
        return blocks;
    }

    /**
     * Each measurement's value, in its quantity's unit, from the blocks of one poll. A value that is
     * no number (a float NaN, e.g. a phase the meter doesn't wire) is left out, unless it is one the
     * bay bills or detects by: then the whole poll is implausible.
     */
    public Map<Quantity, BigDecimal> decode(List<RawBlock> blocks) throws MeterException {
        Map<Quantity, BigDecimal> values = new EnumMap<>(Quantity.class);
        for (RegisterField f : measurements()) {
            RawBlock raw = blocks.stream().filter(b -> b.block().covers(f)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no block read covers " + f.quantity().key()));
            try {
                values.put(f.quantity(), RegisterCodec.decode(f, raw.wordsOf(f)));
            } catch (MeterException e) {
                if (REQUIRED.contains(f.quantity())) {
                    throw e;
                }
            }
        }
        return values;
    }
}
