package io.chargedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Role;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.audit.AuditChain;
import io.chargedesk.audit.AuditEntry;
import io.chargedesk.audit.AuditRecord;
import io.chargedesk.text.Messages;
import io.chargedesk.testing.TestThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Audit screen without a window: a day range in the site's zone, an action filter, rows in the user's language. */
class AuditViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    @TempDir
    Path dir;

    /** What the screen asked for: from, to, action. */
    private final List<List<Optional<?>>> asked = new CopyOnWriteArrayList<>();
    private final List<AuditEntry> stored = chain(
            new AuditRecord(T0, new Actor(Role.ATTENDANT, "desk"), AuditAction.RECEIPT_ISSUED, "000001", "", "total 4.90 EUR"),
            new AuditRecord(T0.plusSeconds(60), new Actor(Role.MANAGER, "Anna Berg"), AuditAction.CREDIT_NOTE_ISSUED,
                    "000002", "double charge", "cancels 000001"));

    private AuditViewModel model(Locale locale) {
        AuditViewModel.AuditSource fake = (from, to, action) -> {
            asked.add(List.of(from, to, action));
            return List.of(stored.get(1), stored.get(0));
        };
        return threads.build(() -> new AuditViewModel(threads.offUi(AuditViewModel.AuditSource.class, fake),
                Messages.of(locale), BERLIN, threads.background(), threads.ui()));
    }

    @Test
    void readsTheDaysChosenInTheSitesZoneNewestFirst() {
        AuditViewModel model = model(Locale.ENGLISH);
        threads.onUi(() -> {
            model.fromProperty().set(LocalDate.of(2026, 5, 4));
            model.toProperty().set(LocalDate.of(2026, 5, 6));
            model.actionProperty().set(AuditAction.CREDIT_NOTE_ISSUED);
            model.refresh();
        });

        assertThat(asked).containsExactly(List.of(Optional.of(Instant.parse("2026-05-03T22:00:00Z")),
                Optional.of(Instant.parse("2026-05-06T22:00:00Z")), Optional.of(AuditAction.CREDIT_NOTE_ISSUED)));
        assertThat(model.rows()).extracting(AuditViewModel.AuditRow::seq).containsExactly(2L, 1L);
        AuditViewModel.AuditRow credit = model.rows().get(0);
        assertThat(credit.who()).isEqualTo("Manager: Anna Berg");
        assertThat(credit.action()).isEqualTo("Credit note issued");
        assertThat(credit.why()).isEqualTo("double charge");
        assertThat(credit.when()).contains("10:01");
        assertThat(model.rows().get(1).who()).isEqualTo("Attendant: desk");
        assertThat(model.messageProperty().get()).isEqualTo("2 entries, newest first.");
    }

    @Test
    void speaksGerman() {
        AuditViewModel model = model(Locale.GERMAN);
        threads.onUi(model::refresh);

        assertThat(asked).containsExactly(List.of(Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(model.rows().get(0).who()).isEqualTo("Leitung: Anna Berg");
        assertThat(model.rows().get(0).action()).isEqualTo("Gutschrift ausgestellt");
        assertThat(model.actionName(null)).isEqualTo("Alle Vorgänge");
    }

    @Test
    void aRangeEndingBeforeItStartsIsSaidAndNotRead() {
        AuditViewModel model = model(Locale.ENGLISH);
        threads.onUi(() -> {
            model.fromProperty().set(LocalDate.of(2026, 5, 6));
            model.toProperty().set(LocalDate.of(2026, 5, 4));
            model.refresh();
        });

        assertThat(asked).isEmpty();
        assertThat(model.messageProperty().get()).contains("before the first day");
    }

    @Test
    void exportsTheListedEntriesAsCsvWithTheirHashes() throws Exception {
        AuditViewModel model = model(Locale.ENGLISH);
        threads.onUi(model::refresh);
        Path file = dir.resolve("audit.csv");
        threads.onUi(() -> model.exportCsv(file));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("seq,at_utc,role,who,action,subject,why,details,previous_hash,hash");
        assertThat(lines.get(1)).startsWith("2,2026-05-04T08:01:00Z,manager,Anna Berg,credit_note_issued,000002,")
                .endsWith(stored.get(0).hash() + "," + stored.get(1).hash());
        assertThat(model.messageProperty().get()).contains("Exported 2 entries");
    }

    private static List<AuditEntry> chain(AuditRecord... records) {
        List<AuditEntry> out = new ArrayList<>();
        long seq = 0;
        String hash = AuditChain.GENESIS;
        for (AuditRecord r : records) {
            AuditEntry e = AuditChain.next(seq, hash, r);
            out.add(e);
            seq = e.seq();
            hash = e.hash();
        }
        return out;
    }
}
