package io.chargedesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.site.ExportSchedule;
import io.chargedesk.testing.TestThreads;
import io.chargedesk.text.Messages;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings' automatic exports without a window: shown as saved, saved as typed, a time that is none refused. */
class ExportScheduleViewModelTest {

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final List<ExportSchedule> saved = new ArrayList<>();
    private final ExportScheduleViewModel model = threads.build(() -> new ExportScheduleViewModel(
            threads.offUi(ExportScheduleViewModel.Store.class, new ExportScheduleViewModel.Store() {
                @Override
                public Optional<ExportSchedule> load() {
                    return Optional.of(new ExportSchedule(true, 3, LocalTime.of(4, 30), "/srv/exports",
                            ExportSchedule.Format.JSON, Instant.EPOCH));
                }

                @Override
                public void save(boolean enabled, int dayOfMonth, LocalTime at, String folder,
                                 ExportSchedule.Format format) {
                    saved.add(new ExportSchedule(enabled, dayOfMonth, at, folder, format, Instant.EPOCH));
                }
            }), threads.background(), threads.ui(), Messages.of(Locale.ENGLISH)));

    @Test
    void showsTheSavedScheduleAndSavesItAsTyped() {
        threads.onUi(model::load);
        assertThat(model.timeProperty().get()).isEqualTo("04:30");
        assertThat(model.dayProperty().get()).isEqualTo(3);
        threads.onUi(() -> {
            model.timeProperty().set(" 2:00 ");
            model.save();
        });
        assertThat(saved).containsExactly(new ExportSchedule(true, 3, LocalTime.of(2, 0), "/srv/exports",
                ExportSchedule.Format.JSON, Instant.EPOCH));
        assertThat(model.messageProperty().get()).isEqualTo("Saved: the previous month's exports are written on day 3 "
                + "of each month at 02:00 into /srv/exports.");
    }

    @Test
    void aTimeThatIsNoneIsSaidAndNothingIsSaved() {
        threads.onUi(() -> {
            model.timeProperty().set("25:99");
            model.save();
        });
        assertThat(saved).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Time: 25:99 is not a time of day; write it as 02:00.");
    }

    @Test
    void anEnabledScheduleWithoutAFolderIsRefusedByName() {
        threads.onUi(() -> {
            model.enabledProperty().set(true);
            model.folderProperty().set("");
            model.save();
        });
        assertThat(model.messageProperty().get()).startsWith("Not saved: Folder: choose the folder");
    }
}
