package io.chargedesk.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs once when a scene is first laid out for drawing, with the time since the JVM started: the start-up
 * benchmark (bench/ConsoleBench) reads these lines to measure launch to first frame and to the live dashboard.
 */
final class FrameMarker {

    private static final Logger LOG = LoggerFactory.getLogger(FrameMarker.class);

    private FrameMarker() {
    }

    /** @param what names the frame in the log line, e.g. {@code progress} or {@code dashboard} */
    static void logFirstPulse(Scene scene, String what) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.info("First frame of the {} {} ms after launch", what,
                        ManagementFactory.getRuntimeMXBean().getUptime());
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
