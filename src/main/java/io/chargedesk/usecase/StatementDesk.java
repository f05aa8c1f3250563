package io.chargedesk.usecase;

import io.chargedesk.customer.Attribution;
import io.chargedesk.customer.BillTo;
import io.chargedesk.export.StatementCsv;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.ledger.StatementDocument;
import io.chargedesk.ledger.StatementPeriod;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.receipt.StatementPdf;
import io.chargedesk.session.Session;
import io.chargedesk.session.SessionFilter;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.usecase.port.CustomerRecords;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.SiteRecords;
import io.chargedesk.usecase.port.StatementLedger;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues statements (docs/decisions/0020-customers-and-statements.md): for a customer or fleet and a period, the
 * receipts and credit notes of the sessions billed to them that started in it. A closed session without a receipt
 * gets one first, so every amount comes from a receipt and every line has a number. The statement takes the next
 * number of its year's series in the transaction that stores its PDF and CSV; a copy is those bytes again.
 */
public final class StatementDesk {

    private static final Logger LOG = LoggerFactory.getLogger(StatementDesk.class);

    /** An issued statement, or a copy of one: its number and its documents exactly as stored. */
    public record Issued(String number, boolean copy, byte[] pdf, byte[] csv) {

        /** "statement-ST-2026-0001.pdf", "…-copy.pdf". */
        public String fileName(String extension) {
            return "statement-" + number + (copy ? "-copy" : "") + "." + extension;
        }
    }

    /** A statement and where its PDF and CSV were written. */
    public record Saved(Issued issued, Path pdf, Path csv) {}

    private final SessionRecords sessions;
    private final CustomerRecords customers;
    private final StatementLedger ledger;
    private final SiteRecords site;
    private final ReceiptService receipts;
    private final Clock clock;

    public StatementDesk(SessionRecords sessions, CustomerRecords customers, StatementLedger ledger, SiteRecords site,
                         ReceiptService receipts, Clock clock) {
        this.sessions = sessions;
        this.customers = customers;
        this.ledger = ledger;
        this.site = site;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * Issues the statement of {@code billTo} for {@code period}, in {@code language} or else the site's (the
     * receipts' language), and returns it as stored.
     *
     * @throws IllegalStateException when it cannot be made (a name the fonts cannot print); no number is used
     */
    public Issued issue(BillTo billTo, StatementPeriod period, Optional<Locale> language)
            throws StoreException, IOException {
        SiteInfo info = site.required();
        ZoneId zone = info.zone();
        List<Session> started = startedIn(period, zone);
        Attribution rule = attribution(started);
        List<Session> billed = started.stream().filter(s -> rule.belongsTo(s, billTo)).toList();
        int open = (int) billed.stream().filter(Session::isOpen).count();
        Locale locale = language.orElse(info.language());
        List<Session> closed = billed.stream().filter(s -> !s.isOpen()).toList();
        int unbilled = issueMissingReceipts(closed, locale);
        List<ReceiptDocument> documents = ledger.documentsOf(closed.stream().map(Session::id).toList());
        Instant now = clock.instant();
        StatementDocument.Issuer issuer = new StatementDocument.Issuer(info.name(), info.operator().name(),
                info.operator().address(), info.operator().vatId());
        StatementLedger.Prepared prepared = ledger.issue(now.atZone(zone).getYear(), number -> {
            StatementDocument doc = StatementDocument.of(new StatementDocument.Heading(number, now, zone.getId(),
                    locale.getLanguage(), issuer, billTo.kind().name().toLowerCase(Locale.ROOT), billTo.name(),
                    billTo.company(), billTo.address(), period, info.currency().getCurrencyCode(), open, unbilled),
                    documents);
            try {
                return new StatementLedger.Prepared(doc, billTo.id(), StatementPdf.render(doc), StatementCsv.write(doc));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Not issued, and no number used: " + e.getMessage() + ". Correct that "
                        + "text (the customer or fleet, the site or operator in Settings) and try again.", e);
            }
        });
        return new Issued(prepared.document().number(), false, prepared.pdf(), prepared.csv());
    }

    /**
     * Whom a statement of {@code period} is due for: each fleet a session in it is billed to, and each customer
     * billed a session outside any fleet, so that the monthly run puts every attributed session on one statement.
     */
    public List<BillTo> due(StatementPeriod period) throws StoreException {
        SiteInfo info = site.required();
        List<Session> started = startedIn(period, info.zone());
        Attribution rule = attribution(started);
        Set<BillTo> due = new LinkedHashSet<>();
        for (Session s : started) {
            rule.fleetOf(s).map(BillTo::of).or(() -> rule.customerOf(s).map(BillTo::of)).ifPresent(due::add);
        }
        return List.copyOf(due);
    }

    private List<Session> startedIn(StatementPeriod period, ZoneId zone) throws StoreException {
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        return sessions.list(SessionFilter.between(from, to));
    }

    private Attribution attribution(List<Session> started) throws StoreException {
        return new Attribution(customers.customers(), customers.fleets(),
                customers.links(started.stream().map(Session::id).toList()));
    }

    /**
     * Issues the receipts the closed sessions do not have yet, in the statement's language, and counts those
     * that cannot have one (no tariff was in force): they are named in the log and on the statement.
     */
    private int issueMissingReceipts(List<Session> closed, Locale locale) throws StoreException, IOException {
        Set<UUID> withReceipt = receipts.sessionsWithReceipt();
        int unbilled = 0;
        for (Session s : closed) {
            if (withReceipt.contains(s.id())) {
                continue;
            }
            try {
                receipts.receipt(s.id(), new ReceiptFormat(Layout.A4, Optional.of(locale)));
            } catch (IllegalStateException e) {
                LOG.warn("Session {} is left off the statement: {}", s.id(), e.getMessage());
                unbilled++;
            }
        }
        return unbilled;
    }

    /** The statement numbered {@code number} ("ST-2026-0001") exactly as issued. */
    public Issued copy(String number) throws StoreException {
        String n = number.strip().toUpperCase(Locale.ROOT);
        StatementLedger.Stored stored = ledger.byNumber(n).orElseThrow(() -> new IllegalArgumentException(
                "There is no statement " + n + "; statement numbers look like ST-2026-0001."));
        return new Issued(stored.number(), true, stored.pdf(), stored.csv());
    }

    /**
     * Writes the statement's PDF to {@code pdf} and its CSV beside it (the same name, ending in {@code .csv}).
     * Checked before anything is issued by {@link #check}.
     */
    public static Saved write(Issued issued, Path pdf) throws IOException {
        Path file = pdf.toAbsolutePath();
        String name = file.getFileName().toString();
        Path csv = file.resolveSibling((name.toLowerCase(Locale.ROOT).endsWith(".pdf")
                ? name.substring(0, name.length() - 4) : name) + ".csv");
        WholeFile.write(file, issued.pdf());
        WholeFile.write(csv, issued.csv());
        return new Saved(issued, file, csv);
    }

    /**
     * Makes sure a PDF can be written to {@code pdf}, before a number is taken.
     *
     * @throws IllegalArgumentException naming the path and what to do
     */
    public static void check(Path pdf) {
        PdfOutput.file(pdf).check();
    }
}
