package io.chargedesk.ui.shell;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its choices: by a name each has; choices are picked, never typed. */
public final class ChoiceNames {

    private ChoiceNames() {
    }

    /** Shows a choice by the name {@code name} gives it, nothing for none. */
    public static <T> StringConverter<T> named(Function<T, String> name) {
        return named(name, "");
    }

    /** Shows a choice by the name {@code name} gives it, and none (an "all" choice) as {@code none}. */
    public static <T> StringConverter<T> named(Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice is picked, not typed");
            }
        };
    }
}
