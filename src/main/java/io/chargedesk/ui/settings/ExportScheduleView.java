package io.chargedesk.ui.settings;

import io.chargedesk.ui.shell.ChoiceNames;
import io.chargedesk.site.ExportSchedule;
import io.chargedesk.text.Messages;
import java.io.File;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** Settings' automatic exports: on or off, day and time, folder and format, saved at once. */
public final class ExportScheduleView {

    private final VBox root;

    public ExportScheduleView(ExportScheduleViewModel model, Messages t) {
        CheckBox enabled = new CheckBox(t.get("exports.enabled"));
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        Spinner<Integer> day = new Spinner<>(1, ExportSchedule.LAST_DAY, 1);
        day.getValueFactory().valueProperty().bindBidirectional(model.dayProperty());
        day.setPrefWidth(80);
        day.setTooltip(new Tooltip(t.get("exports.day.tip", ExportSchedule.LAST_DAY)));
        TextField time = new TextField();
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.timeProperty());
        TextField folder = new TextField();
        folder.setPrefColumnCount(30);
        folder.textProperty().bindBidirectional(model.folderProperty());
        Button choose = new Button(t.get("exports.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(t.get("exports.folder"));
            File f = chooser.showDialog(choose.getScene().getWindow());
            if (f != null) {
                model.folderProperty().set(f.getAbsolutePath());
            }
        });
        ComboBox<ExportSchedule.Format> format =
                new ComboBox<>(FXCollections.observableArrayList(ExportSchedule.Format.values()));
        format.setConverter(ChoiceNames.named(f -> t.get("exports.format." + f.name().toLowerCase(Locale.ROOT))));
        format.valueProperty().bindBidirectional(model.formatProperty());
        Button save = new Button(t.get("exports.save"));
        save.setId("exports-save");
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        FlowPane when = new FlowPane(8, 6, enabled, new Label(t.get("exports.day")), day,
                new Label(t.get("exports.time")), time);
        when.setAlignment(Pos.CENTER_LEFT);
        FlowPane where = new FlowPane(8, 6, new Label(t.get("exports.folder")), folder, choose,
                new Label(t.get("exports.format")), format, save);
        where.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, new Label(t.get("exports.explain")), when, where, message);
    }

    public Parent node() {
        return root;
    }
}
