package io.chargedesk.receipt;

import io.chargedesk.history.HistoryBatch;
import io.chargedesk.session.Session;
import io.chargedesk.tariff.Tariff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The evidence of a session in a canonical text, and its SHA-256: the session's registers and times, its
 * per-minute register readings (kept forever) and the tariff version it was priced with. Anyone holding the
 * evidence can recompute the hash printed on the receipt (docs/decisions/0004-receipts.md).
 */
public final class SessionEvidence {

    private SessionEvidence() {
    }

    public static String canonicalText(Session s, List<HistoryBatch.SessionMinute> minutes, Tariff t) {
        StringBuilder b = new StringBuilder("chargedesk-evidence-v1\n");
        b.append("session=").append(s.id()).append('\n');
        b.append("bay=").append(s.bayId()).append('\n');
        b.append("meter=").append(s.meterSerial()).append('\n');
        b.append("start=").append(s.start()).append('\n');
        b.append("end=").append(s.end().map(Object::toString).orElse("")).append('\n');
        b.append("start_register_wh=").append(s.startRegister().wattHours()).append('\n');
        b.append("end_register_wh=").append(s.endRegister().wattHours()).append('\n');
        for (HistoryBatch.SessionMinute m : minutes) {
            b.append("minute=").append(m.minute()).append(';').append(m.registerWh()).append(';')
                    .append(m.powerMaxW()).append('\n');
        }
        b.append("tariff=").append(t.id()).append('@').append(t.effectiveFrom()).append(";currency=")
                .append(t.currency().getCurrencyCode()).append(";energy_per_kwh=")
                .append(t.energyPerKwh().amount().toPlainString()).append(";per_minute=")
                .append(t.perMinute().amount().toPlainString()).append(";minute_basis=").append(t.minuteBasis())
                .append(";session_fee=").append(t.sessionFee().amount().toPlainString()).append(";idle_per_minute=")
                .append(t.idlePerMinute().amount().toPlainString()).append(";idle_grace_s=")
                .append(t.idleGrace().toSeconds()).append(";min=")
                .append(t.minimum().map(m -> m.amount().toPlainString()).orElse("")).append(";max=")
                .append(t.maximum().map(m -> m.amount().toPlainString()).orElse("")).append(";vat_percent=")
                .append(t.vatPercent().toPlainString()).append('\n');
        t.timeOfUse().ifPresent(tou -> tou.windows().forEach(w -> b.append("window=").append(w.name()).append(';')
                .append(w.days().stream().sorted().map(Object::toString).collect(Collectors.joining(","))).append(';')
                .append(w.from()).append(';').append(w.to()).append(';').append(w.perKwh().amount().toPlainString())
                .append('\n')));
        return b.toString();
    }

    public static String sha256(String canonicalText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
