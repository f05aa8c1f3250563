package io.chargedesk.site;

/** Who runs the site, as printed on receipts. */
public record Operator(String name, String address, String vatId) {

    public static final Operator NONE = new Operator("", "", "");

    public Operator {
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        vatId = vatId == null ? "" : vatId;
    }
}
