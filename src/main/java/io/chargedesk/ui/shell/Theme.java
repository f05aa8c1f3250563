package io.chargedesk.ui.shell;

import javafx.scene.paint.Color;

/**
 * The console's two looks. Each is the base stylesheet plus one of its own that sets the colours; the tiles and the
 * gauge, drawn by TilesFX rather than styled by CSS, take their colours from here.
 */
public enum Theme {
    DARK("theme-dark.css", Color.web("#2a2f36"), Color.web("#e8eaed"), Color.web("#9aa3ad")),
    LIGHT("theme-light.css", Color.web("#ffffff"), Color.web("#1f2328"), Color.web("#57606a"));

    private static final String BASE = "chargedesk.css";

    private final String sheet;
    private final Color panel;
    private final Color text;
    private final Color muted;

    Theme(String sheet, Color panel, Color text, Color muted) {
        this.sheet = sheet;
        this.panel = panel;
        this.text = text;
        this.muted = muted;
    }

    /** The stylesheets of a scene in this theme, in order: the base, then this theme's colours. */
    public String[] stylesheets() {
        return new String[] {url(BASE), url(sheet)};
    }

    private static String url(String name) {
        return Theme.class.getResource("/io/chargedesk/ui/" + name).toExternalForm();
    }

    /** The ground of a tile. */
    public Color panel() {
        return panel;
    }

    public Color text() {
        return text;
    }

    /** Titles and secondary text. */
    public Color muted() {
        return muted;
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
