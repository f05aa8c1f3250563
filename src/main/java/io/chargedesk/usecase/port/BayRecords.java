package io.chargedesk.usecase.port;

import java.util.Map;

/** The bays as last configured, including bays removed since: receipts and prices still name them. */
public interface BayRecords {

    /** Each bay's display name, for bays ever configured. */
    Map<String, String> names() throws StoreException;

    /** Each bay's own tariff id, for bays that have one. */
    Map<String, String> tariffIds() throws StoreException;
}
