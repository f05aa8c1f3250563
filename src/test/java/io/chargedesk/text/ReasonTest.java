package io.chargedesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.collector.BayReason;
import io.chargedesk.customer.RegisterProblem;
import io.chargedesk.meter.BusSilence;
import io.chargedesk.meter.FaultKind;
import io.chargedesk.meter.PollFailure;
import io.chargedesk.receipt.ReceiptFonts;
import io.chargedesk.session.AnomalyReason;
import io.chargedesk.session.Customer;
import io.chargedesk.site.SiteProblem;
import io.chargedesk.tariff.TariffProblem;
import io.chargedesk.tariff.WeekReason;
import io.chargedesk.yaml.YamlProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReasonTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Every code the domain words a reason with; a new enum of codes is added here. */
    static List<ReasonCode> everyCode() {
        List<ReasonCode> codes = new ArrayList<>();
        codes.addAll(Arrays.asList(AnomalyReason.values()));
        codes.addAll(Arrays.asList(BayReason.values()));
        codes.addAll(Arrays.asList(FaultKind.values()));
        codes.addAll(Arrays.asList(PollFailure.Said.values()));
        codes.addAll(Arrays.asList(BusSilence.Why.values()));
        codes.addAll(Arrays.asList(YamlProblem.values()));
        codes.addAll(Arrays.asList(SiteProblem.values()));
        codes.addAll(Arrays.asList(TariffProblem.values()));
        codes.addAll(Arrays.asList(WeekReason.values()));
        codes.addAll(Arrays.asList(TextLimit.Problem.values()));
        codes.addAll(Arrays.asList(NumberRange.Problem.values()));
        codes.addAll(Arrays.asList(ReceiptFonts.Unprintable.values()));
        codes.addAll(Arrays.asList(Customer.Field.values()));
        codes.addAll(Arrays.asList(RegisterProblem.values()));
        return codes;
    }

    @Test
    void everyCodeHasItsTextInEveryLanguage() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Messages texts = Messages.of(language);
            assertThat(everyCode()).as("codes without a text in %s", language)
                    .allSatisfy(code -> assertThat(texts.has(code.key())).as(code.key()).isTrue());
        }
    }

    @Test
    void aStoredReasonReadsBackWithEveryKindOfArgument() {
        Reason inner = Reason.of(FaultKind.TIMEOUT);
        Reason reason = new Reason("reason.session.energy_jump", List.of("a|b;c\\d @x", 60, new BigDecimal("12.340"),
                Instant.parse("2026-11-29T15:58:00Z"), inner));
        assertThat(Reason.read(reason.stored())).isEqualTo(reason);
        assertThat(reason.args()).as("whole numbers are longs").contains(60L);
    }

    @Test
    void severalReasonsAreStoredTogetherAndReadBackApart() {
        List<Reason> reasons = List.of(Reason.of(AnomalyReason.OVERPOWER, new BigDecimal("30.00"),
                new BigDecimal("22.00")), Reason.of(AnomalyReason.METER_CHANGED, "1;1", "2|2"));
        assertThat(Reason.readAll(Reason.stored(reasons))).isEqualTo(reasons);
    }

    @Test
    void aSentenceAnOlderProgramStoredIsShownAsItIs() {
        assertThat(Reason.readAll("meter serial changed from 1111 to 2222"))
                .containsExactly(Reason.said("meter serial changed from 1111 to 2222"));
        assertThat(Reason.readAll("@not a stored reason|x")).containsExactly(Reason.said("@not a stored reason|x"));
        assertThat(Reason.readAll("")).isEmpty();
        assertThat(Messages.of(Locale.GERMAN).reasons(Reason.readAll("Zähler antwortet nicht"), BERLIN))
                .isEqualTo("Zähler antwortet nicht");
    }

    @Test
    void aReasonIsWordedInTheReadersLanguageWithNumbersAndTimesAsItWritesThem() {
        Reason jump = Reason.of(AnomalyReason.ENERGY_JUMP, new BigDecimal("1234.5"), 60, new BigDecimal("11.00"),
                new BigDecimal("0.320"));
        assertThat(Messages.of(Locale.GERMAN).reason(jump, BERLIN)).isEqualTo(
                "Zählerstand sprang um 1.234,5 kWh in 60 s; ein Ladepunkt mit 11,00 kW liefert höchstens 0,320 kWh");
        assertThat(Messages.of(Locale.ENGLISH).reason(jump, BERLIN))
                .isEqualTo("register jumped 1,234.5 kWh in 60 s; a 11.00 kW bay can deliver at most 0.320 kWh");
        Reason fault = Reason.of(BayReason.FAULT, Reason.of(AnomalyReason.METER_CHANGED, "1111", "2222"));
        assertThat(Messages.of(Locale.GERMAN).reason(fault, BERLIN))
                .isEqualTo("STÖRUNG: Zählernummer hat gewechselt: von 1111 auf 2222 – Zähler prüfen, dann quittieren");
        Reason at = new Reason("reason.said", List.of(Instant.parse("2026-11-29T15:58:00Z")));
        assertThat(Messages.of(Locale.GERMAN).reason(at, BERLIN)).as("in the site's zone").isEqualTo("29.11.2026 16:58");
    }

    @Test
    void aCodeThisProgramHasNoTextForIsShownWithItsArgumentsNotLost() {
        Reason newer = new Reason("reason.fromANewerProgram", List.of("A1", 3));
        assertThat(Messages.of(Locale.GERMAN).reason(newer, BERLIN)).isEqualTo("reason.fromANewerProgram [A1, 3]");
    }
}
