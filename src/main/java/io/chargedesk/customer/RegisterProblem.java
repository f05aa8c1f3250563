package io.chargedesk.customer;

import io.chargedesk.text.ReasonCode;

/**
 * What keeps a registered customer, a plate or a fleet from being stored (keys {@code reason.register.*}). The
 * field codes name the field in front of a nested reason: a text's limit, or what a receipt cannot print.
 */
public enum RegisterProblem implements ReasonCode {
    /** The reason, for each field below. */
    NAME,
    COMPANY,
    BILLING_ADDRESS,
    CARD,
    EMAIL,
    FLEET_NAME,
    NAME_EMPTY,
    /** Letters, digits, colons and hyphens only. */
    CARD_FORM,
    /** The address typed. */
    NOT_AN_EMAIL,
    /** How many, the most. */
    TOO_MANY_PLATES,
    PLATE_EMPTY,
    /** The plate, its length, the most. */
    PLATE_TOO_LONG,
    /** The plate. */
    PLATE_FORM,
    FLEET_NAME_EMPTY,
    /** How many, the most. */
    TOO_MANY_FLEET_PLATES;

    @Override
    public String family() {
        return "reason.register";
    }
}
