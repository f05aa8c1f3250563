package io.chargedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.access.Permission;
import io.chargedesk.access.Role;
import io.chargedesk.alert.AlertKind;
import io.chargedesk.audit.AuditAction;
import io.chargedesk.ledger.ReceiptStatus;
import io.chargedesk.site.ExportSchedule;
import io.chargedesk.text.Messages;
import io.chargedesk.ui.audit.AuditViewModel;
import io.chargedesk.ui.sessions.SessionsViewModel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The codes the newer screens show in lists and choices a walk of the screens sees only one of (audit actions, who
 * did it, receipt states, the automatic export's format, what a manager may do, the kinds of alerts): each has a
 * name in every language, and the German name is not the code. Exports keep the codes.
 */
class ShownCodeNamesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMANY);

    @Test
    void everyAuditActionIsNamedInEveryLanguage() {
        for (Locale language : LANGUAGES) {
            Messages m = Messages.of(language);
            AuditViewModel model = new AuditViewModel((from, to, action) -> List.of(), m, ZoneId.of("Europe/Berlin"),
                    Runnable::run, Runnable::run);
            assertThat(AuditAction.values()).as("in %s", language).allSatisfy(a ->
                    assertThat(model.actionName(a)).isNotBlank().isNotEqualTo(a.code()).doesNotContain("_"));
        }
    }

    @Test
    void everyStateRoleFormatAndPermissionShownHasANameInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(ReceiptStatus.State.values()).map(s -> "corrections.state." + lower(s)).forEach(keys::add);
        Arrays.stream(Role.values()).map(r -> "access.role." + r.code()).forEach(keys::add);
        Arrays.stream(Permission.values()).map(p -> "access.permission." + p.code()).forEach(keys::add);
        Arrays.stream(AlertKind.values()).map(k -> "alerts.kind." + k.code()).forEach(keys::add);
        Arrays.stream(ExportSchedule.Format.values()).map(f -> "exports.format." + lower(f)).forEach(keys::add);
        Arrays.stream(SessionsViewModel.StatusChoice.values()).map(c -> "sessions.status." + lower(c))
                .forEach(keys::add);
        for (Locale language : LANGUAGES) {
            Messages m = Messages.of(language);
            assertThat(keys).as("names missing in %s", language).allSatisfy(k -> assertThat(m.has(k)).as(k).isTrue());
        }
        Messages german = Messages.of(Locale.GERMANY);
        assertThat(ReceiptStatus.State.values()).extracting(s -> german.get("corrections.state." + lower(s)))
                .containsExactly("keine", "ausgestellt", "storniert", "korrigiert");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
