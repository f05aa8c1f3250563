package io.chargedesk.customer;

/**
 * Whom a statement is for: a customer or a fleet, with what it prints at the top (a fleet prints its name; its
 * company and address are empty).
 */
public record BillTo(Kind kind, long id, String name, String company, String address) {

    public enum Kind { CUSTOMER, FLEET }

    public static BillTo of(CustomerAccount c) {
        return new BillTo(Kind.CUSTOMER, c.id(), c.name(), c.company(), c.billingAddress());
    }

    public static BillTo of(Fleet f) {
        return new BillTo(Kind.FLEET, f.id(), f.name(), "", "");
    }
}
