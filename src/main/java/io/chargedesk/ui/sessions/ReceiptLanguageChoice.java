package io.chargedesk.ui.sessions;

import io.chargedesk.site.SiteLanguage;
import io.chargedesk.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The language of the next receipt or credit note: the site's, or one chosen for the customer at the counter.
 * Each language is named in itself ("Deutsch"), so a customer can point at theirs.
 */
final class ReceiptLanguageChoice {

    private ReceiptLanguageChoice() {
    }

    static ComboBox<Optional<Locale>> of(ObjectProperty<Optional<Locale>> language, Messages text) {
        List<Optional<Locale>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        SiteLanguage.all().forEach(l -> choices.add(Optional.of(l)));
        ComboBox<Optional<Locale>> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId("receipt-language");
        box.valueProperty().bindBidirectional(language);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<Locale> choice) {
                return choice == null || choice.isEmpty() ? text.get("receipt.language.site")
                        : choice.get().getDisplayLanguage(choice.get());
            }

            @Override
            public Optional<Locale> fromString(String shown) {
                return choices.stream().filter(c -> toString(c).equals(shown)).findFirst().orElse(Optional.empty());
            }
        });
        box.setTooltip(new Tooltip(text.get("receipt.language.tooltip")));
        return box;
    }
}
