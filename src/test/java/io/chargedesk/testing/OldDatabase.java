package io.chargedesk.testing;

import io.chargedesk.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** A ChargeDesk database as versions before passwords left it: user sa, no password, no password file. */
public final class OldDatabase {

    private OldDatabase() {
    }

    /** Makes one at {@code location} with one saved settings row, source {@code old}. */
    public static void make(String location) throws Exception {
        try (Database db = Database.open(location); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO site_settings (saved_utc, source, yaml) VALUES (CURRENT_TIMESTAMP, 'old', 'x')");
            s.execute("ALTER USER sa SET PASSWORD ''");
        }
        Files.delete(Path.of(location + ".password"));
    }
}
