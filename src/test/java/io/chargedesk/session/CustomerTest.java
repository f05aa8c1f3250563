package io.chargedesk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerTest {

    @Test
    void aPlateLongerThanTheColumnCannotBeACustomer() {
        String plate = "HH-" + "X".repeat(42);
        assertThat(Customer.problems("Ada", plate, "")).containsExactly("Plate: 45 characters; at most 32.");
        assertThatThrownBy(() -> new Customer("Ada", plate, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Plate: 45 characters; at most 32.");
    }

    @Test
    void namesEveryFieldThatDoesNotFit() {
        assertThat(Customer.problems("A".repeat(201), "HH\u0007", "n".repeat(1001))).containsExactly(
                "Name: 201 characters; at most 200.",
                "Plate: has a control character (U+0007) at character 3; remove it.",
                "Note: 1,001 characters; at most 1,000.");
    }

    @Test
    void blanksAroundAFieldAreCutBeforeItIsMeasured() {
        assertThat(new Customer("  Ada ", " " + "X".repeat(32) + "  ", null).plate()).hasSize(32);
    }

    @Test
    void aStoredCustomerAlwaysLoads() {
        assertThat(Customer.stored("Ada\u0085", "HH 1", null)).isEqualTo(new Customer("Ada", "HH 1", ""));
    }
}
