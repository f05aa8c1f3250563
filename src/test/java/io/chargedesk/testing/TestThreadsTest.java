package io.chargedesk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The guard of the ViewModel tests catches what a same-thread executor hides: a tiny screen that loads one text from
 * a store, written wrong in each of two ways, and right.
 */
class TestThreadsTest {

    @RegisterExtension
    final TestThreads threads = new TestThreads();

    /** What the tiny screen reads; the database in an app. */
    public interface Store {
        String read();
    }

    private final Store store = threads.offUi(Store.class, () -> "12 sessions");

    /** A ViewModel of one text; {@code load} is its only action. */
    public abstract static class TinyViewModel {
        final StringProperty shown = new SimpleStringProperty(this, "shown", "");

        public ReadOnlyStringProperty shownProperty() {
            return shown;
        }

        abstract void load();
    }

    @Test
    void aViewModelThatReadsTheStoreOnTheUiThreadFails() {
        TinyViewModel wrong = threads.build(() -> new TinyViewModel() {
            @Override
            void load() {
                shown.set(store.read());
            }
        });

        assertThatThrownBy(() -> threads.onUi(wrong::load)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Store.read was called on the ui (FX) thread")
                .hasMessageContaining("TestThreadsTest");
    }

    @Test
    void aViewModelThatChangesAPropertyFromTheBackgroundFails() {
        Executor background = threads.background();
        TinyViewModel wrong = threads.build(() -> new TinyViewModel() {
            @Override
            void load() {
                background.execute(() -> shown.set(store.read()));
            }
        });

        assertThatThrownBy(() -> threads.onUi(wrong::load)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("TinyViewModel.shownProperty() changed on thread test-background");
    }

    @Test
    void aViewModelThatReadsInTheBackgroundAndShowsOnTheUiThreadPasses() {
        Executor background = threads.background();
        Executor ui = threads.ui();
        TinyViewModel right = threads.build(() -> new TinyViewModel() {
            @Override
            void load() {
                background.execute(() -> {
                    String read = store.read();
                    ui.execute(() -> shown.set(read));
                });
            }
        });

        threads.onUi(right::load);

        assertThat(right.shownProperty().get()).isEqualTo("12 sessions");
    }
}
