package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.testing.TestDatabase;
import io.chargedesk.usecase.port.StoreException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A PostgreSQL {@code --db}: its credentials from the URL, else the environment, and never in the URL shown. */
class PostgresUrlTest {

    private static final Map<String, String> ENV = Map.of(PostgresUrl.USER_VARIABLE, "env-user",
            PostgresUrl.PASSWORD_VARIABLE, "env-secret");

    @Test
    void theUrlsOwnUserAndPasswordWinAndAreTakenOutOfIt() {
        PostgresUrl pg = PostgresUrl.parse("jdbc:postgresql://db-pc:5433/site?user=desk&password=s%26cret&ssl=true",
                ENV);
        assertThat(pg.url()).isEqualTo("jdbc:postgresql://db-pc:5433/site?ssl=true");
        assertThat(pg.user()).isEqualTo("desk");
        assertThat(pg.password()).isEqualTo("s&cret");
        assertThat(pg.toString()).doesNotContain("cret");
    }

    @Test
    void withoutThemTheEnvironmentsAreUsed() {
        PostgresUrl pg = PostgresUrl.parse("jdbc:postgresql://db-pc/site", ENV);
        assertThat(pg.url()).isEqualTo("jdbc:postgresql://db-pc/site");
        assertThat(pg.user()).isEqualTo("env-user");
        assertThat(pg.password()).isEqualTo("env-secret");
        assertThat(PostgresUrl.parse("jdbc:postgresql://db-pc/site?password=x", Map.of()).user()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithWhatToCheckAndWithoutThePassword() {
        String server = TestDatabase.PostgresServer.answering().url().replaceFirst("[?&]password=[^&]*", "");
        String url = server + (server.contains("?") ? "&" : "?") + "password=not-the-password-42";
        assertThatThrownBy(() -> Database.open(url, Map.of())).isInstanceOf(StoreException.class)
                .hasMessageContaining("password")
                .hasMessageContaining("pg_hba.conf")
                .hasMessageNotContaining("not-the-password-42");
    }

    @Test
    void aDatabaseOfAnotherKindIsRefusedByName() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db-pc/site?password=x"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:mysql://db-pc/site is neither")
                .hasMessageNotContaining("password=x");
    }
}
