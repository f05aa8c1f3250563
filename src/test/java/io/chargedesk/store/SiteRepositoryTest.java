package io.chargedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargedesk.app.SiteSource;
import io.chargedesk.site.SiteInfo;
import io.chargedesk.testing.OnEveryDatabase;
import io.chargedesk.testing.TestDatabase;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** The site as stored for receipts and exports, with the language its receipts are written in (V15). */
@OnEveryDatabase
class SiteRepositoryTest {

    @Parameter
    TestDatabase database;

    @Test
    void keepsTheSiteAndItsReceiptLanguage() throws Exception {
        Database db = database.open();
        try {
            SiteRepository sites = new SiteRepository(db);
            SiteInfo hamburg = SiteSource.demo().config().site();
            sites.save(hamburg);
            assertThat(sites.load()).contains(hamburg);
            assertThat(hamburg.language()).isEqualTo(Locale.GERMAN);

            SiteInfo english = new SiteInfo(hamburg.name(), hamburg.zone(), hamburg.currency(), hamburg.gridLimit(),
                    hamburg.operator());
            sites.save(english);
            assertThat(sites.load().orElseThrow().language()).isEqualTo(Locale.ENGLISH);
        } finally {
            db.close();
        }
    }
}
