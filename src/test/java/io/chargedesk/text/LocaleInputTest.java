package io.chargedesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Numbers and dates as a person of each language types them: read as meant, refused when not clear, never misread. */
class LocaleInputTest {

    private static final NumberRange PRICE = NumberRange.of("0", "10000000", 6);

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.GERMANY, Locale.ENGLISH, Locale.UK, Locale.US, Locale.GERMAN);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-10000000"), new BigDecimal("10000000")).ofScale(6);
    }

    @Provide
    Arbitrary<BigDecimal> kilowattHours() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 40_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    @Property
    void anAmountFormattedForALocaleReadsBackAsTheSameValue(@ForAll("amounts") BigDecimal amount,
                                                            @ForAll("locales") Locale locale) {
        assertThat(Decimals.read(Decimals.format(amount, locale), locale)).hasValueSatisfying(read ->
                assertThat(read).isEqualByComparingTo(amount));
    }

    @Property
    void energyFormattedForALocaleReadsBackAsTheSameValue(@ForAll("kilowattHours") BigDecimal kwh,
                                                          @ForAll("locales") Locale locale) {
        assertThat(Decimals.read(Decimals.format(kwh, locale), locale)).hasValueSatisfying(read ->
                assertThat(read).isEqualByComparingTo(kwh));
    }

    @Property
    void aDateFormattedForALocaleReadsBackAsTheSameDay(@ForAll("dates") LocalDate date,
                                                       @ForAll("locales") Locale locale) {
        assertThat(Formats.readDate(Formats.date(date, locale), locale)).contains(date);
        assertThat(Formats.readDate(date.toString(), locale)).as("ISO in every language").contains(date);
    }

    @Property
    void aDateAndTimeFormattedForALocaleReadsBackAsTheSameMinute(@ForAll("dates") LocalDate date,
                                                                 @ForAll("locales") Locale locale) {
        LocalDateTime at = date.atTime(date.getDayOfMonth() % 24, date.getMonthValue() * 4);
        assertThat(Formats.readDateTime(Formats.dateTime(locale).format(at), locale)).contains(at);
    }

    @Test
    void germanNumbersAreTypedWithADecimalCommaAndGroupedWithPoints() {
        assertThat(Decimals.read("0,49", Locale.GERMANY)).contains(new BigDecimal("0.49"));
        assertThat(Decimals.read("1.234,5", Locale.GERMANY)).contains(new BigDecimal("1234.5"));
        assertThat(Decimals.read(" 1234,5 ", Locale.GERMANY)).contains(new BigDecimal("1234.5"));
        assertThat(Decimals.format(new BigDecimal("1234.50"), Locale.GERMANY)).isEqualTo("1.234,5");
        assertThat(Decimals.read("0.49", Locale.GERMANY)).as("a point is no decimal separator in German").isEmpty();
    }

    @Test
    void englishNumbersAreTypedWithADecimalPointAndGroupedWithCommas() {
        assertThat(Decimals.read("0.49", Locale.ENGLISH)).contains(new BigDecimal("0.49"));
        assertThat(Decimals.read("1,234.5", Locale.ENGLISH)).contains(new BigDecimal("1234.5"));
        assertThat(Decimals.read("0,49", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void whatCannotBeReadIsRefusedWithAnExampleOfTheForm() {
        for (String garbage : List.of("1,2,3", "12abc", "1.2.3", "", "1e3", "NaN", ",5", "1..2")) {
            assertThat(Decimals.read(garbage, Locale.GERMANY)).as(garbage).isEmpty();
            assertThat(Decimals.read(garbage, Locale.ENGLISH)).as(garbage).isEmpty();
        }
        assertThat(problems("12abc", Locale.GERMANY)).containsExactly("„12abc“ ist keine Zahl (so schreiben: 0,49)");
        assertThat(problems("1,2,3", Locale.ENGLISH))
                .containsExactly("'1,2,3' is not a number (write it like 0.49)");
        assertThat(problems("10.000.000,01", Locale.GERMANY))
                .containsExactly("10.000.000,01 liegt außerhalb des erlaubten Bereichs (0–10000000)");
        assertThat(PRICE.read("0,49", Locale.GERMANY, w -> { })).contains(new BigDecimal("0.49"));
    }

    @Test
    void aWholeNumberInALocaleMayBeGroupedButHasNoDecimals() {
        NumberRange minutes = NumberRange.whole(0, 10_000);
        assertThat(minutes.readWhole("1.000", w -> { })).as("machine form").isEmpty();
        assertThat(minutes.read("1.000", Locale.GERMANY, w -> { })).contains(new BigDecimal("1000"));
        List<String> wrong = new ArrayList<>();
        minutes.read("1,5", Locale.GERMANY, r -> wrong.add(Messages.of(Locale.GERMANY).reason(r, ZoneOffset.UTC)));
        assertThat(wrong).containsExactly("„1,5“ ist keine ganze Zahl");
    }

    @Test
    void datesAreReadInTheLocalesFormsAndIsoButNotInAnotherLanguages() {
        LocalDate first = LocalDate.of(2026, 11, 1);
        assertThat(Formats.readDate("01.11.2026", Locale.GERMANY)).contains(first);
        assertThat(Formats.readDate("1.11.2026", Locale.GERMANY)).contains(first);
        assertThat(Formats.readDate("01.11.26", Locale.GERMANY)).contains(first);
        assertThat(Formats.readDate("2026-11-01", Locale.GERMANY)).contains(first);
        assertThat(Formats.readDate("2026-11-01", Locale.ENGLISH)).contains(first);
        assertThat(Formats.readDate("11/1/26", Locale.US)).contains(first);
        assertThat(Formats.readDate("31.11.2026", Locale.GERMANY)).as("no 31 November").isEmpty();
        assertThat(Formats.readDate("gestern", Locale.GERMANY)).isEmpty();
        assertThat(Formats.date(first, Locale.GERMANY)).isEqualTo("01.11.2026");
        assertThat(Formats.readDateTime("01.11.2026 14:05", Locale.GERMANY)).contains(first.atTime(14, 5));
        assertThat(Formats.readDateTime("2026-11-01T14:05", Locale.GERMANY)).contains(first.atTime(14, 5));
        assertThat(Formats.readDateTime("01.11.2026 25:00", Locale.GERMANY)).isEmpty();
    }

    private static List<String> problems(String text, Locale locale) {
        List<String> wrong = new ArrayList<>();
        PRICE.read(text, locale, r -> wrong.add(Messages.of(locale).reason(r, ZoneOffset.UTC)));
        return wrong;
    }
}
