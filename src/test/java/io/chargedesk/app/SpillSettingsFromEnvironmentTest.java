package io.chargedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargedesk.collector.SpillSettings;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The cap on what the collector keeps on disk while the database fails, as a site sets it. */
class SpillSettingsFromEnvironmentTest {

    private static final String DB = "jdbc:h2:file:/var/lib/chargedesk/site;AUTO_SERVER=TRUE";

    private static SpillSettings settings(Map<String, String> env, Map<String, String> props) {
        Properties properties = new Properties();
        properties.putAll(props);
        return SiteRuntime.spillSettings(DB, env::get, properties);
    }

    @Test
    void aGibibyteUnlessTheSiteSetsAnotherCap() {
        assertThat(settings(Map.of(), Map.of()).maxBytes()).isEqualTo(1L << 30);
        assertThat(settings(Map.of(), Map.of()).folder()).isEqualTo(AppPaths.unsavedFolder(DB));
        assertThat(settings(Map.of("CHARGEDESK_SPILL_MAX_MB", " 200 "), Map.of()).maxBytes())
                .isEqualTo(200L << 20);
        assertThat(settings(Map.of("CHARGEDESK_SPILL_MAX_MB", "200"), Map.of("chargedesk.spill.max-mb", "300"))
                .maxBytes()).as("the property beats the environment").isEqualTo(300L << 20);
    }

    @Test
    void aCapOutOfRangeIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> settings(Map.of("CHARGEDESK_SPILL_MAX_MB", "1e999999"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CHARGEDESK_SPILL_MAX_MB: \"1e999999\" is not a number of MB from 16 to 1048576; it caps "
                        + "what the collector keeps on disk while the database fails (default 1024).");
        assertThatThrownBy(() -> settings(Map.of(), Map.of("chargedesk.spill.max-mb", "2")))
                .hasMessageStartingWith("-Dchargedesk.spill.max-mb: \"2\" is not a number of MB from 16");
    }
}
