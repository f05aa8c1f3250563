package io.chargedesk.app;

import io.chargedesk.access.Actor;
import io.chargedesk.access.PinHash;
import io.chargedesk.access.Role;
import io.chargedesk.billing.Quote;
import io.chargedesk.billing.SessionPricer;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.store.AlertRepository;
import io.chargedesk.store.AuditRepository;
import io.chargedesk.store.BayRepository;
import io.chargedesk.store.CustomerRepository;
import io.chargedesk.store.Database;
import io.chargedesk.store.ExportScheduleRepository;
import io.chargedesk.store.HistoryQueries;
import io.chargedesk.store.HistoryRebuild;
import io.chargedesk.store.ManagerPinRepository;
import io.chargedesk.store.ReadingRepository;
import io.chargedesk.store.ReceiptRepository;
import io.chargedesk.store.SessionMinuteTraces;
import io.chargedesk.store.SessionRepository;
import io.chargedesk.store.ShiftCloseRepository;
import io.chargedesk.store.SiteRepository;
import io.chargedesk.store.StatementRepository;
import io.chargedesk.store.TariffRepository;
import io.chargedesk.usecase.AlertDesk;
import io.chargedesk.usecase.AuditLog;
import io.chargedesk.usecase.CustomerDesk;
import io.chargedesk.usecase.DisputeEvidence;
import io.chargedesk.usecase.ManagerAccess;
import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.usecase.ScheduledExports;
import io.chargedesk.usecase.SessionReport;
import io.chargedesk.usecase.SettingsChanges;
import io.chargedesk.usecase.SessionsExportJob;
import io.chargedesk.usecase.ShiftReports;
import io.chargedesk.usecase.StatementDesk;
import io.chargedesk.usecase.StatementsExportJob;
import io.chargedesk.usecase.StoredTariffs;
import io.chargedesk.usecase.TariffEditing;
import io.chargedesk.usecase.WhatIfPricing;
import io.chargedesk.usecase.port.StoreException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The use cases over one database, with the store's repositories as their ports: for the console and the CLI. */
public final class UseCases {

    private UseCases() {
    }

    /** Receipts issued by the operating-system user as an attendant: no credit notes, no batch export. */
    public static ReceiptService receipts(Database db, Clock clock) {
        return receipts(db, clock, auditLog(db, attendant(db, clock), clock));
    }

    public static ReceiptService receipts(Database db, Clock clock, AuditLog audit) {
        return new ReceiptService(new SessionRepository(db), new ReceiptRepository(db), new HistoryQueries(db),
                pricing(db, clock), new CustomerRepository(db), clock, audit);
    }

    /**
     * Who works at a desk on {@code db}: the operating-system user as an attendant, until a manager signs in with
     * the site's PIN.
     */
    public static ManagerAccess attendant(Database db, Clock clock) {
        return new ManagerAccess(new ManagerPinRepository(db), clock,
                new Actor(Role.ATTENDANT, System.getProperty("user.name", "")), PinHash.ITERATIONS);
    }

    /** The audit trail of {@code db}, each entry signed by whoever {@code access} says works at the desk. */
    public static AuditLog auditLog(Database db, ManagerAccess access, Clock clock) {
        return new AuditLog(new AuditRepository(db), access, clock);
    }

    /** Saving settings into {@code saving}, for a manager only, recorded in {@code db}'s audit trail. */
    static SettingsChanges settings(SettingsChanges.Saving saving, AuditLog audit) {
        return new SettingsChanges(saving, audit);
    }

    /** The customer register as the operating-system user works it, as an attendant: no bay reserved. */
    public static CustomerDesk customers(Database db, Clock clock) {
        return customers(db, clock, auditLog(db, attendant(db, clock), clock));
    }

    /** The customer register, its links and reservations recorded in {@code audit}'s trail. */
    public static CustomerDesk customers(Database db, Clock clock, AuditLog audit) {
        return new CustomerDesk(new CustomerRepository(db), clock, audit);
    }

    public static StatementDesk statements(Database db, Clock clock) {
        return new StatementDesk(new SessionRepository(db), new CustomerRepository(db), new StatementRepository(db),
                new SiteRepository(db), receipts(db, clock), clock);
    }

    public static SessionReport sessionReport(Database db, Clock clock) throws StoreException {
        return SessionReport.of(new SessionRepository(db), new CustomerRepository(db), pricing(db, clock));
    }

    /** The console's sessions report: priced by {@code pricer}, the one its screens price with. */
    public static SessionReport sessionReport(Database db, SessionPricer pricer, ZoneId zone) {
        return SessionReport.using(new SessionRepository(db), new CustomerRepository(db), pricer, zone);
    }

    /** The automatic monthly exports: the sessions export and the statements. */
    public static ScheduledExports scheduledExports(Database db, Clock clock) throws StoreException {
        SessionReport sessions = sessionReport(db, clock);
        return new ScheduledExports(new ExportScheduleRepository(db), List.of(
                new SessionsExportJob(sessions, clock), new StatementsExportJob(statements(db, clock))),
                sessions.zone(), clock);
    }

    /** Shift reports and closes, priced with the tariffs as stored now. */
    public static ShiftReports shiftReports(Database db, Clock clock) throws StoreException {
        StoredTariffs.Sources sources = pricing(db, clock);
        SiteInfo site = sources.site().required();
        return new ShiftReports(new SessionRepository(db), new ReceiptRepository(db), new ShiftCloseRepository(db),
                StoredTariffs.pricerFor(sources), site.zone(), site.currency(), clock);
    }

    /** What-if pricing of past sessions under another tariff, through the one cost engine. */
    public static WhatIfPricing whatIf(Database db, Clock clock) throws StoreException {
        StoredTariffs tariffs = tariffs(db, clock);
        return new WhatIfPricing(new SessionRepository(db), tariffs.pricer(), tariffs.get());
    }

    /** The tariffs the console prices with, reloaded after each change in its tariff editor. */
    public static StoredTariffs tariffs(Database db, Clock clock) throws StoreException {
        return StoredTariffs.load(pricing(db, clock));
    }

    static TariffEditing tariffEditing(Database db, StoredTariffs pricing, SiteInfo site, Clock clock,
                                       Runnable afterChange, AuditLog audit) {
        return new TariffEditing(new TariffRepository(db), new ReceiptRepository(db), pricing, site, clock,
                afterChange, audit);
    }

    /** @param clock the site's: alerts are raised, and acknowledged, in its time */
    static AlertDesk alerts(Database db, Clock clock, AuditLog audit) {
        return new AlertDesk(new AlertRepository(db), clock, audit);
    }

    static DisputeEvidence disputeEvidence(Database db, Clock clock) {
        return new DisputeEvidence(new HistoryQueries(db), new ReadingRepository(db), clock);
    }

    /** Prices closed sessions with the one cost engine, for rebuilding the history's revenue. */
    public static HistoryRebuild.SessionPrices sessionPrices(Database db, Clock clock) throws StoreException {
        SessionPricer pricer = StoredTariffs.pricerFor(pricing(db, clock));
        return closed -> pricer.price(closed, closed.end().orElseThrow()).map(Quote::total);
    }

    /** @param clock the site's, which says when a session's evidence is settled in the database */
    private static StoredTariffs.Sources pricing(Database db, Clock clock) {
        return new StoredTariffs.Sources(new TariffRepository(db), new BayRepository(db), new SiteRepository(db),
                new SessionMinuteTraces(db, clock));
    }
}
