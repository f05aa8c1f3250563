package io.chargedesk.ui.settings;

import io.chargedesk.site.ExportSchedule;
import io.chargedesk.text.Messages;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The automatic export schedule in Settings: on or off, the day of the month and time (site time), the folder and the
 * format. Saved at once into the database, where the console and the headless collector both read it; the previous
 * month is written from the next time it is due.
 */
public final class ExportScheduleViewModel {

    /** Where the schedule is kept. */
    public interface Store {
        Optional<ExportSchedule> load() throws Exception;

        void save(boolean enabled, int dayOfMonth, LocalTime at, String folder, ExportSchedule.Format format)
                throws Exception;
    }

    /** Read with one digit for the hour or two ("2:00", "02:00"), shown with two. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Store store;
    private final Executor background;
    private final Executor ui;
    private final Messages texts;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ObjectProperty<Integer> day = new SimpleObjectProperty<>(this, "day", 1);
    private final StringProperty time = new SimpleStringProperty(this, "time", "02:00");
    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final ObjectProperty<ExportSchedule.Format> format =
            new SimpleObjectProperty<>(this, "format", ExportSchedule.Format.CSV);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public ExportScheduleViewModel(Store store, Executor background, Executor ui, Messages texts) {
        this.store = store;
        this.background = background;
        this.ui = ui;
        this.texts = texts;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** 1 to {@link ExportSchedule#LAST_DAY}. */
    public ObjectProperty<Integer> dayProperty() {
        return day;
    }

    /** "02:00", site time. */
    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObjectProperty<ExportSchedule.Format> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Shows the saved schedule, if there is one. */
    public void load() {
        background.execute(() -> {
            try {
                Optional<ExportSchedule> saved = store.load();
                ui.execute(() -> saved.ifPresent(s -> {
                    enabled.set(s.enabled());
                    day.set(s.dayOfMonth());
                    time.set(TIME.format(s.at()));
                    folder.set(s.folder());
                    format.set(s.format());
                }));
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("exports.failed", e.getMessage())));
            }
        });
    }

    /** Saves the schedule as shown; a time that cannot be read is said, and nothing is saved. */
    public void save() {
        LocalTime at;
        try {
            at = LocalTime.parse(time.get().strip(), TYPED);
        } catch (DateTimeParseException e) {
            message.set(texts.get("exports.badTime", time.get()));
            return;
        }
        boolean on = enabled.get();
        int dayOfMonth = day.get() == null ? 1 : day.get();
        String where = folder.get();
        ExportSchedule.Format as = format.get();
        background.execute(() -> {
            try {
                store.save(on, dayOfMonth, at, where, as);
                ui.execute(() -> message.set(on ? texts.get("exports.saved", dayOfMonth, TIME.format(at), where)
                        : texts.get("exports.off")));
            } catch (Exception e) {
                ui.execute(() -> message.set(texts.get("exports.failed", e.getMessage())));
            }
        });
    }
}
