package io.chargedesk.app;

import io.chargedesk.usecase.ReceiptService;
import io.chargedesk.receipt.Layout;
import io.chargedesk.receipt.ReceiptFormat;
import io.chargedesk.store.Database;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

/**
 * Run by {@link DurableCommitTest} in a JVM of its own: commits, prints what it committed, and dies the instant the
 * last commit returns, with no shutdown hook and no chance for H2 to close the file. Arguments: the database, then
 * {@code rows N} (N single-row transactions) or {@code receipts SESSION…} (one receipt per session).
 */
public final class CommitThenHalt {

    private CommitThenHalt() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(args[0]);
        if (args[1].equals("rows")) {
            int rows = Integer.parseInt(args[2]);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS durability_probe (n INT)");
            }
            // Each on a connection of its own that commits as it goes, as the repositories do; the last in a
            // transaction that commits and is never closed.
            for (int i = 1; i < rows; i++) {
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO durability_probe VALUES (" + i + ")");
                }
            }
            Connection open = db.connect();
            open.setAutoCommit(false);
            open.createStatement().executeUpdate("INSERT INTO durability_probe VALUES (" + rows + ")");
            open.commit();
            System.out.println("committed " + rows);
        } else {
            ReceiptService receipts = UseCases.receipts(db, Clock.systemUTC());
            for (int i = 2; i < args.length; i++) {
                long number = receipts.receipt(UUID.fromString(args[i]), ReceiptFormat.on(Layout.A4)).document().number();
                System.out.println("receipt " + number);
            }
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
