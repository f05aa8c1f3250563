package io.chargedesk.usecase;

import io.chargedesk.access.Permission;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.billing.EnergyPart;
import io.chargedesk.billing.Quote;
import io.chargedesk.billing.QuoteLine;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.customer.Attribution;
import io.chargedesk.customer.CustomerAccount;
import io.chargedesk.customer.SessionLink;
import io.chargedesk.ledger.ReceiptDocument;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.receipt.ReceiptPdf;
import io.chargedesk.receipt.SessionEvidence;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.session.Customer;
import io.chargedesk.session.Session;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.tariff.Tariff;
import io.chargedesk.usecase.port.CustomerRecords;
import io.chargedesk.usecase.port.ReceiptLedger;
import io.chargedesk.usecase.port.SessionMinuteRecords;
import io.chargedesk.usecase.port.SessionRecords;
import io.chargedesk.usecase.port.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues receipts and credit notes: prices a closed session with the tariff version in force at its start
 * (the one cost engine), fingerprints its evidence, then, in the one transaction that takes the next gapless
 * number, renders the PDF and stores it with the document and the evidence: a document that cannot be rendered
 * uses no number. Asking again for the same session reprints the stored document, marked COPY; its evidence is
 * the stored text.
 */
public final class ReceiptService {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptService.class);

    /** An issued or reprinted document and its PDF. */
    public record Issued(ReceiptDocument document, boolean copy, byte[] pdf) {

        /** "receipt-000042.pdf", "credit-note-000043-copy.pdf". */
        public String fileName() {
            return (document.kind() == ReceiptDocument.Kind.RECEIPT ? "receipt-" : "credit-note-")
                    + ReceiptDocument.formatNumber(document.number()) + (copy ? "-copy" : "") + ".pdf";
        }
    }

    /** An issued or reprinted document, and the file its PDF was written to. */
    public record Saved(Issued issued, Path file) {}

    /** Issuing or reprinting a document, for {@link #save}. */
    private interface Issuing {
        Issued issue() throws StoreException, IOException;
    }

    private final SessionRecords sessions;
    private final ReceiptLedger receipts;
    private final SessionMinuteRecords minutes;
    private final CustomerRecords customers;
    private final StoredTariffs.Sources stored;
    private final Clock clock;
    private final AuditLog audit;

    /**
     * @param stored the site, bays and tariffs a receipt is priced and addressed with, as stored now
     * @param customers the registered customers, whose company and billing address a receipt prints
     */
    public ReceiptService(SessionRecords sessions, ReceiptLedger receipts, SessionMinuteRecords minutes,
                          StoredTariffs.Sources stored, CustomerRecords customers, Clock clock, AuditLog audit) {
        this.sessions = sessions;
        this.receipts = receipts;
        this.minutes = minutes;
        this.customers = customers;
        this.stored = stored;
        this.clock = clock;
        this.audit = audit;
    }

    /** The one session whose id is or starts with {@code idOrPrefix}. */
    public Session findSession(String idOrPrefix) throws StoreException {
        List<Session> found = sessions.findByPrefix(idOrPrefix);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No session id starts with '" + idOrPrefix + "'.");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("'" + idOrPrefix + "' matches " + found.size()
                    + " sessions; give more of the id.");
        }
        return found.get(0);
    }

    /**
     * The session's receipt: issued now, in the language chosen or else the site's, or a COPY of the one issued
     * before, in the language it was issued in.
     */
    public Issued receipt(UUID sessionId, ReceiptFormat format) throws StoreException, IOException {
        Layout layout = format.layout();
        var existing = receipts.forSession(sessionId, ReceiptDocument.Kind.RECEIPT);
        if (existing.isPresent()) {
            OptionalLong cancelledBy = receipts.creditFor(existing.get().number())
                    .map(c -> OptionalLong.of(c.number())).orElse(OptionalLong.empty());
            return new Issued(existing.get(), true, ReceiptPdf.render(existing.get(), layout, true, cancelledBy));
        }
        Session s = closedSession(sessionId);
        return issueReceipt(s, s.customer(), null, Optional.empty(), format.language(), layout);
    }

    /**
     * A corrected receipt for a session whose receipt was cancelled with a credit note: a new receipt with the next
     * number, priced again by the one cost engine with the session's tariff version, naming {@code onReceipt} as the
     * customer (the usual reason for a correction is a wrong name or plate) and the receipt it replaces. The
     * cancelled receipt and its credit note stay as issued. In the language chosen, else the replaced receipt's.
     *
     * @throws IllegalStateException when the session's receipt still stands: it must be credited first
     */
    public Issued correct(UUID sessionId, Customer onReceipt, ReceiptFormat format) throws StoreException, IOException {
        ReceiptDocument replaced = receipts.forSession(sessionId, ReceiptDocument.Kind.RECEIPT).orElseThrow(() ->
                new IllegalArgumentException("Session " + sessionId + " has no receipt to correct; issue one instead."));
        if (receipts.creditFor(replaced.number()).isEmpty()) {
            throw new IllegalStateException("Receipt " + ReceiptDocument.formatNumber(replaced.number())
                    + " still stands; cancel it with a credit note first, then issue the corrected receipt.");
        }
        Session s = closedSession(sessionId);
        Optional<Locale> language = format.language().or(() -> Optional.of(replaced.locale()));
        return issueReceipt(s, onReceipt, replaced.number(), Optional.of(evidence(sessionId)), language,
                format.layout());
    }

    /**
     * Issues a new receipt for closed session {@code s}: priced now, numbered and stored in one transaction. A
     * correction keeps the evidence of the receipt it replaces, so both print the same fingerprint.
     */
    private Issued issueReceipt(Session s, Customer customer, Long replaces, Optional<String> keptEvidence,
                                Optional<Locale> chosenLanguage, Layout layout) throws StoreException, IOException {
        SiteInfo site = stored.site().required();
        SessionPricer pricer = StoredTariffs.pricerFor(stored);
        Tariff tariff = tariffOf(s, pricer);
        Instant end = s.end().orElseThrow();
        Quote quote = pricer.price(s, end, tariff);
        String evidence = keptEvidence.isPresent() ? keptEvidence.get() : evidenceText(s, tariff);
        String fingerprint = SessionEvidence.sha256(evidence);
        String bayName = stored.bays().names().getOrDefault(s.bayId(), s.bayId());
        Instant now = clock.instant();
        String language = chosenLanguage.orElse(site.language()).getLanguage();
        Map<UUID, SessionLink> links = customers.links(List.of(s.id()));
        Optional<CustomerAccount> account = new Attribution(customers.customers(), List.of(), links).customerOf(s);
        String customerName = customer.name().isEmpty()
                ? account.map(CustomerAccount::name).orElse("") : customer.name();
        Integer odometer = Optional.ofNullable(links.get(s.id())).flatMap(l -> l.odometerKm().isPresent()
                ? Optional.of(l.odometerKm().getAsInt()) : Optional.empty()).orElse(null);
        ReceiptLedger.Prepared issued = receipts.issue(number -> {
            ReceiptDocument doc = new ReceiptDocument(ReceiptDocument.Kind.RECEIPT, number, null, now,
                    site.zone().getId(), site.name(), site.operator().name(), site.operator().address(),
                    site.operator().vatId(), customerName, customer.plate(), s.id().toString(), s.bayId(),
                    bayName, s.meterSerial(), s.start(), end, s.duration(end).toSeconds(), s.chargingTime().toSeconds(),
                    s.startRegister().wattHours(), s.endRegister().wattHours(), tariff.id(), tariff.name(),
                    tariff.effectiveFrom(), tariff.vatPercent(), tariff.currency().getCurrencyCode(),
                    quote.lines().stream().map(ReceiptService::line).toList(),
                    split(quote, s.startRegister().wattHours()), quote.net().rounded().amount(),
                    quote.vat().rounded().amount(), quote.total().rounded().amount(), fingerprint, language, replaces,
                    account.map(CustomerAccount::company).orElse(""),
                    account.map(CustomerAccount::billingAddress).orElse(""), odometer);
            return new ReceiptLedger.Prepared(doc, rendered(doc, layout), evidence);
        }, doc -> audited(AuditAction.RECEIPT_ISSUED, doc));
        return new Issued(issued.document(), false, issued.pdf());
    }

    /**
     * As {@link #saveReceipt}, for one receipt of a batch written into a folder: only a manager exports receipts in
     * a batch.
     */
    public Saved saveIntoBatch(UUID sessionId, ReceiptFormat format, PdfOutput out) throws StoreException, IOException {
        audit.access().require(Permission.EXPORT_RECEIPTS);
        return saveReceipt(sessionId, format, out);
    }

    /** Issues (or reprints) the session's receipt and writes it to {@code out}; see {@link #save}. */
    public Saved saveReceipt(UUID sessionId, ReceiptFormat format, PdfOutput out) throws StoreException, IOException {
        return save(out, () -> receipt(sessionId, format));
    }

    /** Issues the session's corrected receipt and writes it to {@code out}; see {@link #correct} and {@link #save}. */
    public Saved saveCorrection(UUID sessionId, Customer onReceipt, ReceiptFormat format, PdfOutput out)
            throws StoreException, IOException {
        return save(out, () -> correct(sessionId, onReceipt, format));
    }

    /** Each listed session's receipt status (none, issued, credited, corrected); see {@link ReceiptStatus}. */
    public Map<UUID, ReceiptStatus> statuses(Collection<UUID> sessionIds) throws StoreException {
        return receipts.statuses(sessionIds);
    }

    /** Cancels the session's receipt (or reprints its credit note) and writes it to {@code out}; see {@link #save}. */
    public Saved saveCredit(UUID sessionId, ReceiptFormat format, PdfOutput out) throws StoreException, IOException {
        return save(out, () -> creditSession(sessionId, format));
    }

    /**
     * Checks that {@code out} can be written before a number is taken, then issues and writes. Should writing
     * still fail (a full disk), the document stays issued, and asking again gives a copy: the error says so.
     */
    private static Saved save(PdfOutput out, Issuing issuing) throws StoreException, IOException {
        out.check();
        Issued issued = issuing.issue();
        try {
            return new Saved(issued, out.write(issued));
        } catch (IOException e) {
            if (issued.copy()) {
                throw e;
            }
            throw new IOException(ReceiptPdf.title(issued.document()) + " was issued and stored, but its PDF could "
                    + "not be written (" + e.getMessage() + "); ask for it again to get a copy.", e);
        }
    }

    /**
     * Renders an original inside its numbering transaction. Text the receipt fonts cannot print is refused where
     * it is typed; should some reach a receipt anyway (stored before that check), the document is not issued and
     * its number stays free.
     */
    private static byte[] rendered(ReceiptDocument d, Layout layout) throws IOException {
        try {
            return ReceiptPdf.render(d, layout, false);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not issued, and no number used: " + e.getMessage() + ". Correct that "
                    + "text (site and operator in Settings or the site file, the bay or tariff name, or the session's "
                    + "customer) and try again.", e);
        }
    }

    /**
     * The session's evidence as the canonical text whose SHA-256 its receipt prints: what a customer who disputes
     * the bill is given, to check the readings and the tariff and to recompute the fingerprint. For a session with
     * a receipt, the text stored with it, whatever changed since; without one, as it stands now.
     */
    public String evidence(UUID sessionId) throws StoreException {
        Session s = closedSession(sessionId);
        Optional<String> kept = receipts.evidenceOf(sessionId);
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<ReceiptDocument> receipt = receipts.forSession(sessionId, ReceiptDocument.Kind.RECEIPT);
        if (receipt.isEmpty()) {
            return evidenceText(s, tariffOf(s, StoredTariffs.pricerFor(stored)));
        }
        return evidenceAgain(s, receipt.get());
    }

    /** A receipt issued before evidence was stored with receipts: computed again, with the version it names. */
    private String evidenceAgain(Session s, ReceiptDocument receipt) throws StoreException {
        String version = receipt.tariffId() + "@" + receipt.tariffEffectiveFrom();
        LOG.info("Receipt {} was issued before receipts stored their evidence; the evidence of session {} is "
                + "computed again from the stored readings and tariff version {}", receipt.number(), s.id(), version);
        Tariff tariff = StoredTariffs.load(stored).get().inForce(receipt.tariffId(), receipt.tariffEffectiveFrom())
                .orElseThrow(() -> new IllegalStateException("Tariff version " + version + " of receipt "
                        + receipt.number() + " is no longer stored, so its evidence cannot be computed again."));
        String text = evidenceText(s, tariff);
        if (!SessionEvidence.sha256(text).equals(receipt.evidenceSha256())) {
            LOG.warn("The evidence of session {} computed again does not hash to the fingerprint printed on receipt "
                    + "{}: its readings changed since it was issued", s.id(), receipt.number());
        }
        return text;
    }

    private Session closedSession(UUID sessionId) throws StoreException {
        Session s = sessions.find(sessionId).orElseThrow(() ->
                new IllegalArgumentException("There is no session " + sessionId + "."));
        if (s.isOpen()) {
            throw new IllegalStateException("Session " + sessionId + " is still open; close it first.");
        }
        return s;
    }

    private static Tariff tariffOf(Session s, SessionPricer pricer) {
        return pricer.tariffFor(s).orElseThrow(() -> new IllegalStateException("No tariff was in force on "
                + s.start() + " for bay " + s.bayId() + "; add a tariff version valid from before that time."));
    }

    private String evidenceText(Session s, Tariff tariff) throws StoreException {
        return SessionEvidence.canonicalText(s, minutes.sessionMinutes(s.id()), tariff);
    }

    /** The sessions that have a receipt: asking for theirs again gives a copy. */
    public Set<UUID> sessionsWithReceipt() throws StoreException {
        return receipts.sessionsWithReceipt();
    }

    /** Cancels the receipt of session {@code sessionId}; see {@link #credit(long, ReceiptFormat)}. */
    public Issued creditSession(UUID sessionId, ReceiptFormat format) throws StoreException, IOException {
        ReceiptDocument receipt = receipts.forSession(sessionId, ReceiptDocument.Kind.RECEIPT).orElseThrow(() ->
                new IllegalArgumentException("Session " + sessionId + " has no receipt to cancel."));
        return credit(receipt.number(), format);
    }

    /**
     * Cancels receipt {@code number} with a credit note, in the language chosen or else the receipt's (or gives a
     * COPY of the credit note issued before, in its language).
     */
    public Issued credit(long number, ReceiptFormat format) throws StoreException, IOException {
        audit.access().require(Permission.CREDIT_RECEIPTS);
        Layout layout = format.layout();
        ReceiptDocument original = receipts.byNumber(number).orElseThrow(() ->
                new IllegalArgumentException("There is no receipt number " + number + "."));
        if (original.kind() != ReceiptDocument.Kind.RECEIPT) {
            throw new IllegalArgumentException("Document " + number + " is a credit note; only receipts can be cancelled.");
        }
        var existing = receipts.creditFor(number);
        if (existing.isPresent()) {
            return new Issued(existing.get(), true, ReceiptPdf.render(existing.get(), layout, true));
        }
        Instant now = clock.instant();
        String language = format.language().map(Locale::getLanguage).orElse(original.language());
        ReceiptLedger.Prepared credit = receipts.issue(n -> {
            ReceiptDocument doc = new ReceiptDocument(ReceiptDocument.Kind.CREDIT_NOTE, n, number, now,
                    original.zone(), original.siteName(), original.operatorName(), original.operatorAddress(),
                    original.operatorVatId(), original.customerName(), original.customerPlate(), original.sessionId(),
                    original.bayId(), original.bayName(), original.meterSerial(), original.start(), original.end(),
                    original.connectedSeconds(), original.chargingSeconds(), original.startRegisterWh(),
                    original.endRegisterWh(), original.tariffId(), original.tariffName(),
                    original.tariffEffectiveFrom(), original.vatPercent(), original.currency(),
                    original.lines().stream().map(l -> new ReceiptDocument.Line(l.description(), l.quantity().negate(),
                            l.unit(), l.unitPrice(), l.amount().negate(), l.kind(), l.detail())).toList(),
                    original.energySplit(), original.net().negate(), original.vat().negate(),
                    original.total().negate(), original.evidenceSha256(), language, null, original.customerCompany(),
                    original.customerAddress(), original.odometerKm());
            return new ReceiptLedger.Prepared(doc, rendered(doc, layout), null);
        }, doc -> audited(AuditAction.CREDIT_NOTE_ISSUED, doc));
        return new Issued(credit.document(), false, credit.pdf());
    }

    /** The audit entry of an issued document, stored in the transaction that takes its number. */
    private AuditRecord audited(AuditAction action, ReceiptDocument d) {
        return audit.draft(action, ReceiptDocument.formatNumber(d.number()), "", (d.creditsNumber() == null ? ""
                : "cancels " + ReceiptDocument.formatNumber(d.creditsNumber()) + ", ") + "session " + d.sessionId()
                + ", bay " + d.bayId() + ", total " + d.total().toPlainString() + " " + d.currency());
    }

    /** The quote's time-of-use parts as meter readings: each part starts where the one before ended. */
    private static List<ReceiptDocument.EnergySplit> split(Quote quote, long startRegisterWh) {
        List<ReceiptDocument.EnergySplit> out = new ArrayList<>();
        long register = startRegisterWh;
        for (EnergyPart p : quote.energyParts()) {
            long end = register + p.energy().wattHours();
            out.add(new ReceiptDocument.EnergySplit(p.from(), p.to(), p.window(), register, end));
            register = end;
        }
        return out;
    }

    private static ReceiptDocument.Line line(QuoteLine q) {
        return new ReceiptDocument.Line(q.description(), q.quantity(), q.unit(), q.unitPrice().amount(),
                q.amount().amount(), q.kind().code(), q.detail());
    }
}
