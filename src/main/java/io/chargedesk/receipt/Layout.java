package io.chargedesk.receipt;

/** A receipt's paper: an A4 sheet or an 80 mm thermal roll (72 mm printable), sizes in PDF points. */
public enum Layout {
    A4(595.28f, 841.89f, 56, 10.5f, 20, 130),
    /** 80 mm paper of which thermal printers print the middle 72 mm: 4 mm margins keep every glyph on paper. */
    ROLL(mm(80), 0, mm(4), 8.5f, 13, 120);

    private static final float MM = 72f / 25.4f;

    final float width;
    /** Zero for a roll: the page is as long as the receipt. */
    final float height;
    final float margin;
    final float fontSize;
    final float titleSize;
    final float qrSize;

    Layout(float width, float height, float margin, float fontSize, float titleSize, float qrSize) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.fontSize = fontSize;
        this.titleSize = titleSize;
        this.qrSize = qrSize;
    }

    static float mm(float millimetres) {
        return millimetres * MM;
    }
}
