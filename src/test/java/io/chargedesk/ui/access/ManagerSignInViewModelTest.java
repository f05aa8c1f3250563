package io.chargedesk.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.access.Actor;
import io.chargedesk.access.Permission;
import io.chargedesk.access.Role;
import io.chargedesk.access.SignIn;
import io.chargedesk.text.Messages;
import io.chargedesk.testing.TestThreads;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manager sign-in without a window: who the header shows, what a wrong PIN says, signing out. */
class ManagerSignInViewModelTest {

    private static final Actor ATTENDANT = new Actor(Role.ATTENDANT, "desk");

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    private final AtomicReference<Actor> current = new AtomicReference<>(ATTENDANT);
    private final AtomicReference<SignIn> next = new AtomicReference<>();
    private final AtomicReference<char[]> pinSeen = new AtomicReference<>();

    private ManagerSignInViewModel model(Locale locale) {
        ManagerSignInViewModel.Desk fake = new ManagerSignInViewModel.Desk() {
            @Override
            public SignIn signIn(String name, char[] pin) {
                pinSeen.set(pin);
                SignIn result = next.get();
                if (result.outcome() == SignIn.Outcome.SIGNED_IN) {
                    current.set(new Actor(Role.MANAGER, name));
                }
                return result;
            }

            @Override
            public void signOut() {
                current.set(ATTENDANT);
            }

            @Override
            public Actor current() {
                return current.get();
            }
        };
        return threads.build(() -> new ManagerSignInViewModel(fake, Messages.of(locale), threads.background(),
                threads.ui()));
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftAndTheRightOneSignsIn() {
        ManagerSignInViewModel model = model(Locale.ENGLISH);
        assertThat(model.whoProperty().get()).isEqualTo("Attendant (desk)");

        next.set(new SignIn(SignIn.Outcome.WRONG_PIN, 4, Duration.ZERO));
        threads.onUi(() -> model.signIn("Mara", "000000".toCharArray()));
        assertThat(model.messageProperty().get()).isEqualTo("Wrong PIN. 4 more tries before sign-in waits a minute.");
        assertThat(model.managerProperty().get()).isFalse();
        assertThat(new String(pinSeen.get())).as("the PIN is not kept in memory").isEqualTo("\0".repeat(6));

        next.set(new SignIn(SignIn.Outcome.LOCKED_OUT, 0, Duration.ofSeconds(60)));
        threads.onUi(() -> model.signIn("Mara", "000000".toCharArray()));
        assertThat(model.messageProperty().get()).isEqualTo("Too many wrong PINs. Try again in 60 seconds.");

        next.set(SignIn.of(SignIn.Outcome.SIGNED_IN));
        threads.onUi(() -> model.signIn(" Mara ", "246810".toCharArray()));
        assertThat(model.managerProperty().get()).isTrue();
        assertThat(model.whoProperty().get()).isEqualTo("Manager: Mara");
        assertThat(model.messageProperty().get()).isEmpty();

        threads.onUi(model::signOut);
        assertThat(model.whoProperty().get()).isEqualTo("Attendant (desk)");
    }

    @Test
    void anIdleSignOutShowsAtTheNextRefresh() {
        ManagerSignInViewModel model = model(Locale.GERMAN);
        next.set(SignIn.of(SignIn.Outcome.SIGNED_IN));
        threads.onUi(() -> model.signIn("Mara", "246810".toCharArray()));
        assertThat(model.whoProperty().get()).isEqualTo("Leitung: Mara");

        current.set(ATTENDANT);
        threads.onUi(model::refresh);
        assertThat(model.managerProperty().get()).isFalse();
        assertThat(model.whoProperty().get()).isEqualTo("Aufsicht (desk)");
    }

    @Test
    void withoutANameOrAPinSetItSaysWhatToDo() {
        ManagerSignInViewModel model = model(Locale.ENGLISH);
        char[] pin = "246810".toCharArray();
        threads.onUi(() -> model.signIn(" ", pin));
        assertThat(model.messageProperty().get()).isEqualTo("Name: type who signs in.");
        assertThat(pin).as("cleared all the same").containsOnly('\0');

        next.set(SignIn.of(SignIn.Outcome.NO_PIN_SET));
        threads.onUi(() -> model.signIn("Mara", "246810".toCharArray()));
        assertThat(model.messageProperty().get()).contains("chargedesk set-manager-pin");
        assertThat(model.denied(Permission.CHANGE_TARIFFS))
                .isEqualTo("Only a manager may change tariffs. Nothing was changed.");
        assertThat(Arrays.asList(Permission.values())).allSatisfy(p ->
                assertThat(model.denied(p)).doesNotContain("access.permission"));
    }
}
