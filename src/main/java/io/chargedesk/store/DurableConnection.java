package io.chargedesk.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection to a ChargeDesk database file whose commits are in the file when they return. H2 by itself writes a
 * commit up to half a second later, from a background thread: a program that died in that time lost it. So after
 * each commit of a transaction, and when the connection closes (which ends every statement that committed on its
 * own), H2 is made to write what is committed ({@code CHECKPOINT}) before the call returns; a transaction's commit is
 * also forced to the disk ({@code CHECKPOINT SYNC}, an fsync), so receipts, closed sessions and tariff versions
 * survive a power cut as far as the disk keeps what it was told to. H2's own synchronous mode ({@code WRITE_DELAY=0})
 * is not used: it stops the background thread that also keeps the file compact, and the file grows without bound.
 * A connection that only prepared queries has written nothing, so it skips the checkpoint: a checkpoint waits for
 * H2's store lock, which its background thread can hold for seconds while it compacts a large file after opening, and
 * a chart or a list would wait that long for nothing. Anything else it is given (a statement without its SQL, an
 * update) counts as a write.
 * Why, and what each costs: ADR 10 (docs/decisions/0010-database-durability-and-access.md).
 */
final class DurableConnection implements InvocationHandler {

    private final Connection connection;
    private boolean mayHaveWritten;

    private DurableConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection of(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new DurableConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && !connection.isClosed()) {
            try {
                if (!connection.getAutoCommit()) {
                    // What closing does with work left uncommitted; done first, so the write below cannot commit it.
                    connection.rollback();
                }
                if (mayHaveWritten) {
                    write(false);
                }
            } finally {
                connection.close();
            }
            return null;
        }
        mayHaveWritten |= handsOutWriter(method, args);
        Object result;
        try {
            result = method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("commit") && mayHaveWritten) {
            write(true);
        }
        return result;
    }

    /**
     * Whether the call hands out something that can change the file: any statement but one prepared from a
     * {@code SELECT}, or H2's own connection.
     */
    private static boolean handsOutWriter(Method method, Object[] args) {
        return switch (method.getName()) {
            case "prepareStatement" -> !(args[0] instanceof String sql
                    && sql.stripLeading().regionMatches(true, 0, "SELECT", 0, "SELECT".length()));
            case "createStatement", "prepareCall", "unwrap" -> true;
            default -> false;
        };
    }

    /** Writes what is committed to the file, and with {@code toDisk} has the operating system put it on the disk. */
    private void write(boolean toDisk) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT");
            if (toDisk) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }
}
