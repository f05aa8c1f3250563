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
 * Why, and what each costs: ADR 10 (docs/decisions/0010-database-durability-and-access.md).
 */
final class DurableConnection implements InvocationHandler {

    private final Connection connection;

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
                write(false);
            } finally {
                connection.close();
            }
            return null;
        }
        Object result;
        try {
            result = method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (method.getName().equals("commit")) {
            write(true);
        }
        return result;
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
