package io.chargedesk.alert;

import io.chargedesk.text.Reason;
import io.chargedesk.text.TextLimit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A condition started (an alert is raised) or ended (its alert is cleared). */
public sealed interface AlertChange {

    AlertKey key();

    Instant at();

    /**
     * @param reasons what the collector saw, as codes the screens word in their reader's language; as many as fit
     *     {@link TextLimit#ALERT_REASON} stored, one line
     */
    record Raised(AlertKey key, Instant at, List<Reason> reasons) implements AlertChange {
        public Raised {
            reasons = fitting(reasons);
        }

        /**
         * The first reasons whose stored form fits the column; a single one too long (a database's error text) as
         * its English words, cut: escaping can double a text's length, so half the column is kept for them.
         */
        private static List<Reason> fitting(List<Reason> reasons) {
            List<Reason> kept = new ArrayList<>(reasons);
            while (kept.size() > 1 && Reason.stored(kept).length() > TextLimit.ALERT_REASON.max()) {
                kept.remove(kept.size() - 1);
            }
            if (Reason.stored(kept).length() <= TextLimit.ALERT_REASON.max()) {
                return List.copyOf(kept);
            }
            String words = TextLimit.ALERT_REASON.fit(kept.get(0).toString());
            int end = TextLimit.ALERT_REASON.max() / 2 - 20;
            end -= Character.isHighSurrogate(words.charAt(end - 1)) ? 1 : 0;
            return List.of(Reason.said(words.substring(0, end) + "…"));
        }
    }

    record Cleared(AlertKey key, Instant at) implements AlertChange {}
}
