package io.chargedesk.yaml;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with the shape of a YAML file (keys {@code reason.yaml.*}). */
public enum YamlProblem implements ReasonCode {
    /** The parser's own words. */
    NOT_YAML,
    EMPTY_FILE,
    NOT_A_MAPPING,
    TWICE,
    NOT_A_LIST,
    /** The settings known there. */
    UNKNOWN_SETTING,
    NOT_A_SINGLE_VALUE,
    MISSING,
    EMPTY,
    /** The value. */
    NOT_TRUE_OR_FALSE;

    @Override
    public String family() {
        return "reason.yaml";
    }
}
