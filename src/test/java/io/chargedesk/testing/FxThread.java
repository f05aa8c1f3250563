package io.chargedesk.testing;

import java.util.concurrent.Callable;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a piece of a view on the JavaFX thread of the headless toolkit (Monocle), started on first use. */
public final class FxThread {

    private FxThread() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        FxToolkit.registerPrimaryStage();
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
