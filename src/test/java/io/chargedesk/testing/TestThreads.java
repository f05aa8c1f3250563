package io.chargedesk.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The two threads a ViewModel runs on in the console, for its tests: a "ui" thread standing in for the FX thread,
 * and a "background" thread for database and file work, each behind an executor. A same-thread executor would run
 * it all on the test's thread and hide a ViewModel that reads the store on the FX thread or changes a property from
 * the background; here each of those fails the test:
 * <ul>
 *   <li>{@link #offUi} wraps a store fake (any interface) so that a call on the ui thread is a failure;</li>
 *   <li>{@link #build} makes the ViewModel on the ui thread, as the console does, and watches every property and
 *       list it exposes: a change on another thread is a failure;</li>
 *   <li>{@link #onUi} runs a step of the test on the ui thread, then waits until both threads have nothing left to
 *       do and reports the failures seen meanwhile.</li>
 * </ul>
 * Register it as an extension ({@code @RegisterExtension}): its threads end after each test. The test's own thread
 * may read properties after {@link #onUi} returns; it changes them only through {@link #onUi}.
 */
public final class TestThreads implements AfterEachCallback {

    /** Only guards against a test that would otherwise hang; a healthy step takes milliseconds. */
    private static final Duration HANG = Duration.ofSeconds(30);

    private final Object lock = new Object();
    private final List<String> failures = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();
    private int pending;
    private boolean holding;
    private volatile Thread uiThread;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-fx");
        t.setDaemon(true);
        uiThread = t;
        return t;
    });
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });

    /** The FX thread's stand-in: what the console's {@code Platform::runLater} is. */
    public Executor ui() {
        return task -> submit(ui, task);
    }

    /** The background executor of the console's screens. */
    public Executor background() {
        return task -> {
            synchronized (lock) {
                if (holding) {
                    held.add(task);
                    return;
                }
            }
            submit(background, task);
        };
    }

    /** A step of the test on the ui thread, as a click would run; waits until everything it started is done. */
    public void onUi(Step step) {
        onUi(() -> {
            step.run();
            return null;
        });
    }

    public <T> T onUi(Callable<T> step) {
        if (Thread.currentThread() == uiThread) {
            throw new IllegalStateException("onUi runs a step from the test's thread, not from the ui thread");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        submit(ui, () -> {
            try {
                result.complete(step.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        drain();
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes a ViewModel on the ui thread, watches the properties and lists it exposes (see {@link #watch}) before
     * anything it starts can change them, and waits until what it started is done.
     */
    public <T> T build(Callable<T> viewModel) {
        return onUi(() -> watch(viewModel.call()));
    }

    /**
     * Fails the test when one of {@code viewModel}'s properties or lists changes off the ui thread: those its public
     * methods without arguments return, and those of the items of a plain list it returns (the dashboard's tiles).
     * Call on the ui thread (through {@link #build} or {@link #onUi}).
     */
    public <T> T watch(T viewModel) {
        watch(viewModel, Collections.newSetFromMap(new IdentityHashMap<>()));
        return viewModel;
    }

    private void watch(Object owner, Set<Object> seen) {
        if (!seen.add(owner)) {
            return;
        }
        Class<?> type = owner.getClass();
        while (type.isAnonymousClass()) {
            type = type.getSuperclass();
        }
        for (Method m : owner.getClass().getMethods()) {
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = type.getSimpleName() + "." + m.getName() + "()";
            if (Observable.class.isAssignableFrom(m.getReturnType())) {
                Object exposed = invoke(m, owner);
                if (exposed instanceof ObservableList<?> list) {
                    list.addListener((ListChangeListener.Change<?> c) -> onUiThread(name));
                } else if (exposed instanceof ObservableValue<?> value) {
                    value.addListener((o, was, now) -> onUiThread(name));
                }
            } else if (List.class.isAssignableFrom(m.getReturnType())) {
                for (Object item : (List<?>) invoke(m, owner)) {
                    watch(item, seen);
                }
            }
        }
    }

    private static Object invoke(Method m, Object owner) {
        try {
            return m.invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot watch " + m, e);
        }
    }

    private void onUiThread(String changed) {
        if (Thread.currentThread() != uiThread) {
            fail(changed + " changed on thread " + Thread.currentThread().getName() + "; what a screen shows changes "
                    + "on the FX thread only");
        }
    }

    /**
     * {@code fake}, behind {@code port}: a call on the ui thread is a failure, since the store, files and the
     * database belong on the background executor.
     */
    public <T> T offUi(Class<T> port, T fake) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class && Thread.currentThread() == uiThread) {
                fail(port.getSimpleName() + "." + method.getName() + " was called on the ui (FX) thread; database "
                        + "and file work belongs on the background executor");
            }
            try {
                return method.invoke(fake, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    /** Background tasks wait from now until {@link #releaseBackground}: a test can act while work is under way. */
    public void holdBackground() {
        synchronized (lock) {
            holding = true;
        }
    }

    /** Runs the background tasks held back, in order, and waits until everything is done. */
    public void releaseBackground() {
        List<Runnable> waiting;
        synchronized (lock) {
            holding = false;
            waiting = List.copyOf(held);
            held.clear();
        }
        waiting.forEach(task -> submit(background, task));
        drain();
    }

    /** Waits until neither thread has anything left to do, then reports every failure seen so far. */
    public void drain() {
        long deadline = System.nanoTime() + HANG.toNanos();
        synchronized (lock) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the ui and background threads were still busy after " + HANG);
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (!failures.isEmpty()) {
                String all = String.join("\n", failures);
                failures.clear();
                throw new AssertionError(all);
            }
        }
    }

    private void submit(ExecutorService thread, Runnable task) {
        synchronized (lock) {
            pending++;
        }
        thread.execute(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                fail("a task on " + Thread.currentThread().getName() + " threw " + e);
            } finally {
                synchronized (lock) {
                    pending--;
                    lock.notifyAll();
                }
            }
        });
    }

    private void fail(String what) {
        StringBuilder where = new StringBuilder(what);
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            String type = e.getClassName();
            if (type.startsWith("io.chargedesk.") && !type.equals(TestThreads.class.getName())
                    && !type.startsWith(TestThreads.class.getName() + "$")) {
                where.append("\n    at ").append(e);
            }
        }
        synchronized (lock) {
            failures.add(where.toString());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            drain();
        } finally {
            ui.shutdownNow();
            background.shutdownNow();
        }
    }

    /** A step of a test that may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }
}
