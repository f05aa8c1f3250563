package io.chargedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every update and delete of the rows it guards (issued receipts): the database itself keeps them
 * unchanged, whatever program connects to it.
 */
public final class ImmutableRowTrigger implements Trigger {

    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Rows of " + table + " are issued documents and can never be changed or deleted; "
                + "issue a credit note instead.", "45000");
    }
}
