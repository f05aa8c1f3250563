package io.chargedesk.tariff;

import io.chargedesk.text.Excerpt;
import io.chargedesk.text.NumberRange;
import io.chargedesk.text.PrintCheck;
import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import io.chargedesk.text.Years;
import io.chargedesk.units.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A tariff version as typed, each field as text, left out when not given: an entry of a site file's {@code tariffs}
 * list or the tariff editor's form. {@link #read} is the one place such text becomes a {@link Tariff}, so the file and
 * the editor accept the same versions with the same defaults, and name the same problems, each by its field (the file
 * adds its line, the editor the field's label).
 *
 * @param windows the time-of-use windows; empty when the draft gives none, for one price per kWh
 */
public record TariffDraft(Map<Field, String> fields, Optional<List<Window>> windows) {

    // Ranges a real tariff can need, to the places the database keeps; beyond them a value is a typo, and would
    // overflow the digits of a price column.
    /** Any price or fee, in the site's currency: room for a session's price in rupiah, to the DECIMAL(14, 6). */
    public static final NumberRange PRICE = NumberRange.of("0", "10000000", 6);
    /** The tariff's DECIMAL(6, 3); a rate of 100 % or more is no VAT rate. */
    public static final NumberRange VAT_PERCENT = NumberRange.of("0", "99.999", 3);
    public static final NumberRange IDLE_GRACE_MIN = NumberRange.whole(0, 10_000);

    /** A version's fields; each one's key in a site file is its name in lower case. */
    public enum Field {
        ID, NAME, EFFECTIVE_FROM, ENERGY_PER_KWH, SESSION_FEE, PER_MINUTE, PER_MINUTE_BASIS, IDLE_PER_MINUTE,
        IDLE_GRACE_MIN, MIN_PRICE, MAX_PRICE, VAT_PERCENT, TIME_OF_USE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(Field::key).toList();
        }
    }

    /** A time-of-use window's fields; each one's key in a site file is its name in lower case. */
    public enum WindowField {
        NAME, DAYS, FROM, TO, PER_KWH;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static List<String> keys() {
            return Arrays.stream(values()).map(WindowField::key).toList();
        }
    }

    /** One time-of-use window as typed, each field left out when not given. */
    public record Window(Map<WindowField, String> fields) {

        public Window {
            fields = Map.copyOf(fields);
        }
    }

    /**
     * What is wrong with the draft, and where: a field of the version, a window (or one of its fields), or, with
     * neither, the version as a whole. Problems of the week as a whole name {@link Field#TIME_OF_USE}.
     */
    public record Problem(Optional<Field> field, OptionalInt window, Optional<WindowField> windowField,
                          Reason message) {

        static Problem of(Field field, Reason message) {
            return new Problem(Optional.of(field), OptionalInt.empty(), Optional.empty(), message);
        }

        static Problem ofWindow(int window, Optional<WindowField> field, Reason message) {
            return new Problem(Optional.of(Field.TIME_OF_USE), OptionalInt.of(window), field, message);
        }

        /** The place as a site file names it after the version's own path: ".time_of_use[1].per_kwh"; "" for all. */
        public String path() {
            StringBuilder p = new StringBuilder();
            field.ifPresent(f -> p.append('.').append(f.key()));
            window.ifPresent(i -> p.append('[').append(i).append(']'));
            windowField.ifPresent(f -> p.append('.').append(f.key()));
            return p.toString();
        }
    }

    /** The version the draft gives, or what is wrong with it: never both. */
    public record Result(Optional<Tariff> tariff, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * How a draft's effective-from is written: with its offset in a site file, in the site's local time in the
     * editor.
     *
     * @param expected what would be right, as the end of "'…' is not "
     */
    public record StartFormat(Function<String, Optional<OffsetDateTime>> parser, Reason expected) {

        /** "2026-01-01T00:00:00+01:00", or with a space for the T. */
        public static StartFormat withOffset() {
            return new StartFormat(text -> {
                try {
                    return Optional.of(OffsetDateTime.parse(text.replace(' ', 'T')));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }, Reason.of(TariffProblem.START_WITH_OFFSET, "2026-01-01T00:00:00+01:00"));
        }

        /** {@code format} in {@code zone}; problems give {@code example} as the way to write it. */
        public static StartFormat local(ZoneId zone, DateTimeFormatter format, Instant example) {
            return new StartFormat(text -> {
                try {
                    return Optional.of(LocalDateTime.parse(text, format).atZone(zone).toOffsetDateTime());
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }, Reason.of(TariffProblem.LOCAL_START, format.format(example.atZone(zone))));
        }

        /** The instant {@code text} names, if it is written this way. */
        public Optional<Instant> parse(String text) {
            return parser.apply(text.strip()).map(OffsetDateTime::toInstant);
        }
    }

    public TariffDraft {
        fields = Map.copyOf(fields);
        windows = windows.map(List::copyOf);
    }

    /** The version in {@code currency} that the draft gives, or every problem it has. */
    public Result read(Currency currency, StartFormat start) {
        return read(currency, start, PrintCheck.NONE);
    }

    /**
     * As {@link #read(Currency, StartFormat)}, and the names receipts print (the tariff's id and name, its windows'
     * names) checked by {@code unprintable}: what in a text cannot be printed, if anything.
     */
    public Result read(Currency currency, StartFormat start, PrintCheck unprintable) {
        return read(currency, start, unprintable, Locale.ROOT);
    }

    /**
     * As {@link #read(Currency, StartFormat, Function)}, with the numbers as a person of {@code locale} types them
     * ("0,49" in German); {@link Locale#ROOT} is a file's machine form.
     */
    public Result read(Currency currency, StartFormat start, PrintCheck unprintable,
                       Locale locale) {
        List<Problem> problems = new ArrayList<>();
        BiConsumer<Field, Reason> wrong = (f, message) -> problems.add(Problem.of(f, message));
        String id = required(fields, Field.ID, wrong)
                .filter(v -> fits(Field.ID, v, TextLimit.TARIFF_ID, unprintable, wrong)).orElse("");
        String name = text(fields, Field.NAME)
                .filter(v -> fits(Field.NAME, v, TextLimit.TARIFF_NAME, unprintable, wrong)).orElse(id);
        Instant from = required(fields, Field.EFFECTIVE_FROM, wrong).flatMap(t -> start(t, start, wrong))
                .orElse(Instant.EPOCH);
        BigDecimal energy = number(Field.ENERGY_PER_KWH, PRICE, locale, wrong).orElse(BigDecimal.ZERO);
        Money fee = money(number(Field.SESSION_FEE, PRICE, locale, wrong), currency);
        Money perMinute = money(number(Field.PER_MINUTE, PRICE, locale, wrong), currency);
        MinuteBasis basis = text(fields, Field.PER_MINUTE_BASIS).flatMap(b -> basis(b, wrong))
                .orElse(MinuteBasis.CHARGING);
        Money idle = money(number(Field.IDLE_PER_MINUTE, PRICE, locale, wrong), currency);
        long grace = number(Field.IDLE_GRACE_MIN, IDLE_GRACE_MIN, locale, wrong).map(BigDecimal::longValueExact)
                .orElse(0L);
        Optional<Money> min = number(Field.MIN_PRICE, PRICE, locale, wrong).map(d -> new Money(d, currency));
        Optional<Money> max = number(Field.MAX_PRICE, PRICE, locale, wrong).map(d -> new Money(d, currency));
        BigDecimal vat = number(Field.VAT_PERCENT, VAT_PERCENT, locale, wrong).orElse(BigDecimal.ZERO);
        Optional<TimeOfUse> timeOfUse = windows.flatMap(w -> timeOfUse(w, currency, unprintable, locale, problems));
        if (windows.isPresent() && fields.containsKey(Field.ENERGY_PER_KWH)) {
            wrong.accept(Field.ENERGY_PER_KWH, Reason.of(TariffProblem.ENERGY_BESIDE_WINDOWS));
        }
        Tariff.minimumAboveMaximum(min, max).ifPresent(p -> problems.add(new Problem(Optional.empty(),
                OptionalInt.empty(), Optional.empty(), p)));
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        try {
            return new Result(Optional.of(new Tariff(id, name, from, currency, new Money(energy, currency), perMinute,
                    basis, fee, idle, Duration.ofMinutes(grace), min, max, vat, timeOfUse)), List.of());
        } catch (IllegalArgumentException e) {
            // What only the version as a whole can say, beyond what is checked above.
            return new Result(Optional.empty(), List.of(new Problem(Optional.empty(), OptionalInt.empty(),
                    Optional.empty(), Reason.said(e.getMessage()))));
        }
    }

    private static Optional<Instant> start(String text, StartFormat format, BiConsumer<Field, Reason> wrong) {
        Optional<OffsetDateTime> start = format.parser().apply(text);
        if (start.isEmpty()) {
            wrong.accept(Field.EFFECTIVE_FROM, Reason.of(TariffProblem.NOT_A_START, Excerpt.of(text), format.expected()));
        } else if (!Years.contains(start.get().getYear())) {
            wrong.accept(Field.EFFECTIVE_FROM, Reason.of(TariffProblem.NOT_IN_YEARS, Excerpt.of(text), Years.range()));
        }
        return start.map(OffsetDateTime::toInstant);
    }

    private static Optional<MinuteBasis> basis(String text, BiConsumer<Field, Reason> wrong) {
        try {
            return Optional.of(MinuteBasis.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            wrong.accept(Field.PER_MINUTE_BASIS, Reason.of(TariffProblem.NOT_A_BASIS, Excerpt.of(text)));
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> number(Field field, NumberRange range, Locale locale,
                                        BiConsumer<Field, Reason> wrong) {
        return text(fields, field).flatMap(v -> range.read(v, locale, message -> wrong.accept(field, message)));
    }

    private static Money money(Optional<BigDecimal> amount, Currency currency) {
        return new Money(amount.orElse(BigDecimal.ZERO), currency);
    }

    /** The windows as a week's schedule; the week as a whole is checked only once every window is right. */
    private static Optional<TimeOfUse> timeOfUse(List<Window> windows, Currency currency,
                                                 PrintCheck unprintable, Locale locale,
                                                 List<Problem> problems) {
        int before = problems.size();
        List<TimeOfUseWindow> parsed = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            window(i, windows.get(i).fields(), currency, unprintable, locale, problems).ifPresent(parsed::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Reason> week = TimeOfUse.problems(parsed);
        week.forEach(p -> problems.add(Problem.of(Field.TIME_OF_USE, p)));
        return week.isEmpty() ? Optional.of(TimeOfUse.of(parsed)) : Optional.empty();
    }

    private static Optional<TimeOfUseWindow> window(int i, Map<WindowField, String> w, Currency currency,
                                                    PrintCheck unprintable, Locale locale,
                                                    List<Problem> problems) {
        int before = problems.size();
        BiConsumer<WindowField, Reason> wrong = (f, message) -> problems.add(Problem.ofWindow(i, Optional.of(f),
                message));
        Optional<String> name = required(w, WindowField.NAME, wrong)
                .filter(v -> fits(WindowField.NAME, v, TextLimit.WINDOW_NAME, unprintable, wrong));
        Optional<Set<DayOfWeek>> days = text(w, WindowField.DAYS).flatMap(d -> Days.parse(d, locale).or(() -> {
            wrong.accept(WindowField.DAYS, Reason.of(TariffProblem.NOT_DAYS, Excerpt.of(d)));
            return Optional.empty();
        }));
        if (!w.containsKey(WindowField.DAYS)) {
            wrong.accept(WindowField.DAYS, Reason.of(TariffProblem.DAYS_MISSING));
        }
        Optional<LocalTime> from = clock(w, WindowField.FROM, wrong);
        Optional<LocalTime> to = clock(w, WindowField.TO, wrong);
        Optional<BigDecimal> price = text(w, WindowField.PER_KWH).flatMap(v -> PRICE.read(v, locale,
                message -> wrong.accept(WindowField.PER_KWH, message)));
        if (!w.containsKey(WindowField.PER_KWH)) {
            wrong.accept(WindowField.PER_KWH, Reason.of(TariffProblem.MISSING));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeOfUseWindow(name.orElseThrow(), days.orElseThrow(), from.orElseThrow(),
                    to.orElseThrow(), new Money(price.orElseThrow(), currency)));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.ofWindow(i, Optional.empty(), Reason.said(e.getMessage())));
            return Optional.empty();
        }
    }

    /** "08:00", or "24:00" for the end of the day. */
    private static Optional<LocalTime> clock(Map<WindowField, String> w, WindowField field,
                                             BiConsumer<WindowField, Reason> wrong) {
        return required(w, field, wrong).flatMap(text -> TimeOfUseWindow.parseClock(text).or(() -> {
            wrong.accept(field, Reason.of(TariffProblem.NOT_A_TIME, Excerpt.of(text)));
            return Optional.empty();
        }));
    }

    /** The field's text without surrounding blanks, if given. */
    private static <K> Optional<String> text(Map<K, String> values, K key) {
        return Optional.ofNullable(values.get(key)).map(String::strip);
    }

    /** The field's text, which must be given and not be empty. */
    private static <K> Optional<String> required(Map<K, String> values, K key, BiConsumer<K, Reason> wrong) {
        Optional<String> v = text(values, key);
        if (v.isEmpty()) {
            wrong.accept(key, Reason.of(TariffProblem.MISSING));
        } else if (v.get().isEmpty()) {
            wrong.accept(key, Reason.of(TariffProblem.EMPTY));
        }
        return v.filter(t -> !t.isEmpty());
    }

    /** Within its limit, and printable where receipts print it. */
    private static <K> boolean fits(K key, String text, TextLimit limit, PrintCheck unprintable,
                                    BiConsumer<K, Reason> wrong) {
        Optional<Reason> problem = unprintable.problem(text, limit);
        problem.ifPresent(p -> wrong.accept(key, p));
        return problem.isEmpty();
    }
}
