package io.chargedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which connections write what they committed to the file (a checkpoint) on commit and close, over a driver that only
 * records what it is asked to run. Whether that checkpoint keeps a commit through a crash is DurableCommitTest's.
 */
class DurableConnectionTest {

    private final List<String> executed = new ArrayList<>();
    private boolean autoCommit = true;

    @Test
    void aConnectionThatOnlyPreparedQueriesClosesWithoutACheckpoint() throws Exception {
        try (Connection c = DurableConnection.of(driver())) {
            c.prepareStatement("SELECT MIN(local_day) FROM site_day").close();
            c.prepareStatement("\n  select 1").close();
        }
        assertEquals(List.of(), executed);
    }

    @Test
    void anUpdateIsWrittenWhenTheConnectionCloses() throws Exception {
        try (Connection c = DurableConnection.of(driver())) {
            c.prepareStatement("SELECT 1").close();
            c.prepareStatement("UPDATE bay SET name = ?").close();
        }
        assertEquals(List.of("CHECKPOINT"), executed);
    }

    @Test
    void aCommittedTransactionIsForcedToTheDisk() throws Exception {
        try (Connection c = DurableConnection.of(driver())) {
            c.setAutoCommit(false);
            c.prepareStatement("INSERT INTO bay (id) VALUES (?)").close();
            c.commit();
            c.setAutoCommit(true);
        }
        assertEquals(List.of("CHECKPOINT", "CHECKPOINT SYNC", "CHECKPOINT"), executed);
    }

    @Test
    void aStatementWithoutItsSqlOrTheDriversOwnConnectionCountsAsAWrite() throws Exception {
        try (Connection c = DurableConnection.of(driver())) {
            c.createStatement().close();
        }
        try (Connection c = DurableConnection.of(driver())) {
            c.unwrap(Connection.class);
        }
        assertEquals(List.of("CHECKPOINT", "CHECKPOINT"), executed);
    }

    @Test
    void aTransactionThatOnlyReadCommitsWithoutWriting() throws Exception {
        try (Connection c = DurableConnection.of(driver())) {
            c.setAutoCommit(false);
            c.prepareStatement("SELECT id FROM receipt WHERE id = ?").close();
            c.commit();
            c.setAutoCommit(true);
        }
        assertEquals(List.of(), executed);
    }

    /** A connection whose statements record the SQL they execute, and do nothing else. */
    private Connection driver() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "createStatement" -> statement(Statement.class);
                    case "prepareStatement" -> statement(PreparedStatement.class);
                    case "getAutoCommit" -> autoCommit;
                    case "setAutoCommit" -> {
                        autoCommit = (Boolean) args[0];
                        yield null;
                    }
                    case "isClosed" -> false;
                    case "unwrap" -> proxy;
                    default -> null;
                });
    }

    private <T extends Statement> T statement(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        executed.add((String) args[0]);
                        return false;
                    }
                    return null;
                }));
    }
}
