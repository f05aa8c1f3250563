package io.chargedesk.app;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the console: {@code mvn javafx:run} and {@code java -jar chargedesk.jar} without arguments. Logging starts
 * only once it knows its folder in the data folder ({@link ChargeDeskApp} has a logger, so it is not the entry point),
 * and the window system's settings are made beside it.
 */
public final class ConsoleLauncher {

    private ConsoleLauncher() {}

    public static void main(String[] args) {
        AppPaths.configureLogging();
        CompletableFuture<Void> rendering = RenderingSetup.inBackground();
        // Logging starts here, beside the window system's settings: each takes about a tenth of a second or more.
        LoggerFactory.getILoggerFactory();
        new UserLanguage().apply();
        AppPaths.protectDataFolder();
        RenderingSetup.await(rendering);
        Application.launch(ChargeDeskApp.class, args);
    }
}
