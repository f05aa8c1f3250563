package io.chargedesk.app;

/** The meters of a site, polled on their buses once started, until closed. */
public interface MeterNetwork extends AutoCloseable {

    void start();

    @Override
    void close();
}
