package io.chargedesk.usecase;

import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.ledger.ShiftReport;
import io.chargedesk.receipt.ChartReportPdf;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.text.Decimals;
import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import io.chargedesk.text.TextLimit;
import io.chargedesk.usecase.port.ReceiptLedger;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.ShiftCloses;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shift reports: what happened in a period, or since the last shift close, and closing a shift (stored with its
 * figures, so the next one starts there). Amounts come from the issued receipts and, for sessions without one, the
 * one cost engine; a credited receipt counts for nothing.
 */
public final class ShiftReports {

    private final SessionRecords sessions;
    private final ReceiptLedger receipts;
    private final ShiftCloses closes;
    private final SessionPricer pricer;
    private final ZoneId zone;
    private final Currency currency;
    private final Clock clock;

    public ShiftReports(SessionRecords sessions, ReceiptLedger receipts, ShiftCloses closes, SessionPricer pricer,
                        ZoneId zone, Currency currency, Clock clock) {
        this.sessions = sessions;
        this.receipts = receipts;
        this.closes = closes;
        this.pricer = pricer;
        this.zone = zone;
        this.currency = currency;
        this.clock = clock;
    }

    /** Where the current shift started: the last close, else the start of today (site time). */
    public Instant currentShiftStart() throws StoreException {
        Optional<ShiftReport> last = closes.last();
        if (last.isPresent()) {
            return last.get().to();
        }
        return LocalDate.ofInstant(clock.instant(), zone).atStartOfDay(zone).toInstant();
    }

    /** The report of {@code [from, to)}, nobody's close. */
    public ShiftReport report(Instant from, Instant to) throws StoreException {
        return report(from, to, "");
    }

    /** The current shift so far, without closing it. */
    public ShiftReport current() throws StoreException {
        return report(currentShiftStart(), clock.instant());
    }

    /**
     * Closes the current shift now in {@code attendant}'s name: its report is stored, and the next shift starts here.
     *
     * @throws IllegalArgumentException naming the field when the name is blank or does not fit
     */
    public ShiftReport close(String attendant) throws StoreException {
        String name = attendant == null ? "" : attendant.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Attendant: type the name of who closes the shift.");
        }
        TextLimit.ATTENDANT_NAME.problem(name).ifPresent(p -> {
            throw new IllegalArgumentException("Attendant: " + p + ".");
        });
        ShiftReport report = report(currentShiftStart(), clock.instant(), name);
        closes.record(report);
        return report;
    }

    private ShiftReport report(Instant from, Instant to, String attendant) throws StoreException {
        Instant now = clock.instant();
        List<Session> started = sessions.list(SessionFilter.between(from, to));
        Map<java.util.UUID, ReceiptStatus> statuses = receipts.statuses(started.stream().map(Session::id).toList());
        long energy = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (Session s : started) {
            energy += s.energy().wattHours();
            Optional<BigDecimal> price = s.isOpen() ? Optional.empty()
                    : pricer.price(s, now).map(Quote::total).map(m -> m.rounded().amount());
            revenue = revenue.add(statuses.getOrDefault(s.id(), ReceiptStatus.NONE).counted(price)
                    .orElse(BigDecimal.ZERO));
        }
        int open = sessions.list(new SessionFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(true), Optional.empty(), Optional.empty(), false)).size();
        ReceiptLedger.IssuedTotals issued = receipts.issuedBetween(from, to);
        return new ShiftReport(from, to, attendant, started.size(), energy, scaled(revenue), currency,
                issued.receipts(), scaled(issued.receiptsTotal()), issued.credits(), scaled(issued.creditsTotal()),
                open);
    }

    private BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
    }

    /** The report as lines of text in {@code locale}: for the PDF and the command line alike. */
    public List<String> lines(ShiftReport r, Locale locale) {
        Messages t = Messages.of(locale);
        String code = r.currency().getCurrencyCode();
        return List.of(
                t.get("shift.period", Formats.dateTime(r.from(), zone, locale), Formats.dateTime(r.to(), zone, locale)),
                t.get("shift.closedBy", r.attendant().isEmpty() ? t.get("shift.notClosed") : r.attendant()),
                t.get("shift.sessions", r.sessions()),
                t.get("shift.energy", Decimals.fixed(BigDecimal.valueOf(r.energyWh(), 3), locale)),
                t.get("shift.revenue", Decimals.fixed(r.revenue(), locale), code),
                t.get("shift.receipts", r.receiptsIssued(), Decimals.fixed(r.receiptsTotal(), locale), code),
                t.get("shift.credits", r.creditsIssued(), Decimals.fixed(r.creditsTotal(), locale), code),
                t.get("shift.open", r.openSessions()));
    }

    /** The report as a PDF on A4, in {@code locale}, to print or save when a shift is closed. */
    public byte[] pdf(ShiftReport r, String siteName, Locale locale) throws IOException {
        Messages t = Messages.of(locale);
        return ChartReportPdf.render(t.get("shift.title", siteName), lines(r, locale), List.of(), r.to());
    }
}
