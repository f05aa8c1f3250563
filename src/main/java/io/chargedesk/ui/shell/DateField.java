package io.chargedesk.ui.shell;

import io.chargedesk.text.Excerpt;
import io.chargedesk.text.Formats;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker that shows and reads dates as the user's locale writes them ("01.11.2026" in German, ISO in every
 * language). Typed text it cannot read is never dropped quietly: it is reported, and the picker keeps its date.
 * Its calendar starts the week as the default locale does, which the console sets to the user's language.
 */
public final class DateField {

    private static final LocalDate EXAMPLE = LocalDate.of(2026, 11, 1);

    private final DatePicker picker = new DatePicker();
    private boolean unreadable;

    /** @param notRead told the text it could not read and an example of the form it reads */
    public DateField(Locale locale, String prompt, BiConsumer<String, String> notRead) {
        picker.setPromptText(prompt);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Formats.date(date, locale);
            }

            @Override
            public LocalDate fromString(String text) {
                unreadable = false;
                if (text == null || text.isBlank()) {
                    return null;
                }
                Optional<LocalDate> date = Formats.readDate(text, locale);
                if (date.isEmpty()) {
                    unreadable = true;
                    notRead.accept(Excerpt.of(text.strip()), Formats.date(EXAMPLE, locale));
                    return picker.getValue();
                }
                return date.get();
            }
        });
    }

    /** Takes in what is typed; false when it is no date, which is then already reported. */
    public boolean commit() {
        unreadable = false;
        picker.commitValue();
        return !unreadable;
    }

    public DatePicker node() {
        return picker;
    }
}
