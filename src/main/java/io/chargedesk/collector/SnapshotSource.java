package io.chargedesk.collector;

/**
 * Where the screens read the site from: the collector in this program, or the database a collector on another
 * PC writes (a console that only watches).
 */
@FunctionalInterface
public interface SnapshotSource {

    /** The site now; never blocks, so the FX thread may call it several times a second. */
    SiteSnapshot snapshot();
}
