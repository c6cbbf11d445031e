package dev.citegraph.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which servers the start-up check accepts: 5.26 and newer, calendar versions included. */
class Neo4jVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"5.26.0", "5.26.19", "5.27.0", "2025.01.0", "2026.08.1", "2026.08.1-SNAPSHOT", "5.26-aura"})
    void newEnoughServersAreAccepted(String version) {
        assertThat(Neo4jVersion.parse(version).isAtLeast(ServerCheck.MINIMUM)).isTrue();
        assertThatNoException().isThrownBy(() -> ServerCheck.requireSupported("bolt://db:7687", version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.25.1", "5.0.0", "4.4.30", "3.5.35"})
    void olderServersAreRefusedWithOneLineSayingWhy(String version) {
        assertThat(Neo4jVersion.parse(version).isAtLeast(ServerCheck.MINIMUM)).isFalse();
        assertThatThrownBy(() -> ServerCheck.requireSupported("bolt://db:7687", version))
                .isInstanceOf(ServerCheckException.class)
                .hasMessageContaining("bolt://db:7687")
                .hasMessageContaining(version)
                .hasMessageContaining("5.26")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026.08.1", "2026.8.1", "2026.08.01"})
    void calendarVersionsCompareByNumberNotText(String version) {
        assertThat(Neo4jVersion.parse(version)).isEqualTo(Neo4jVersion.parse("2026.8.1"));
        assertThat(Neo4jVersion.parse(version)).isGreaterThan(Neo4jVersion.parse("2026.07.9"))
                .isLessThan(Neo4jVersion.parse("2026.10.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dev", "unknown"})
    void anUnreadableVersionIsNotTakenForAnOldOne(String version) {
        assertThatThrownBy(() -> Neo4jVersion.parse(version)).isInstanceOf(IllegalArgumentException.class);
        assertThatNoException().isThrownBy(() -> ServerCheck.requireSupported("bolt://db:7687", version));
    }
}
