package io.chargedesk.yaml;

import io.chargedesk.text.ReasonCode;

/** What can be wrong with the shape of a YAML file (keys {@code reason.yaml.*}). */
public enum YamlProblem implements ReasonCode {
    /** The parser's own words. */
    NOT_YAML("reason.yaml.notYaml"),
    EMPTY_FILE("reason.yaml.emptyFile"),
    NOT_A_MAPPING("reason.yaml.notAMapping"),
    TWICE("reason.yaml.twice"),
    NOT_A_LIST("reason.yaml.notAList"),
    /** The settings known there. */
    UNKNOWN_SETTING("reason.yaml.unknownSetting"),
    NOT_A_SINGLE_VALUE("reason.yaml.notASingleValue"),
    MISSING("reason.yaml.missing"),
    EMPTY("reason.yaml.empty"),
    /** The value. */
    NOT_TRUE_OR_FALSE("reason.yaml.notTrueOrFalse");

    private final String key;

    YamlProblem(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
