package dev.citegraph.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherLiteralTest {

    @Test
    void stringsEscapeQuotesBackslashesAndLineBreaksSoALiteralNeverSpansLines() {
        assertThat(CypherLiteral.of("Alibaba's \"AI\" \\ path\nnext\r\tend"))
                .isEqualTo("'Alibaba\\'s \"AI\" \\\\ path\\nnext\\r\\tend'")
                .doesNotContain("\n");
    }

    @Test
    void timesSomeoneStoredByHandAreWrittenAsTemporalLiteralsNotRefused() {
        assertThat(CypherLiteral.of(java.time.ZonedDateTime.parse("2026-12-01T11:38:46.202Z")))
                .isEqualTo("datetime('2026-12-01T11:38:46.202Z')");
        assertThat(CypherLiteral.of(java.time.LocalDateTime.parse("2026-04-08T09:00"))).isEqualTo("localdatetime('2026-04-08T09:00')");
        assertThat(CypherLiteral.of(LocalTime.NOON)).isEqualTo("localtime('12:00')");
    }

    @Test
    void chineseAndCharactersOutsideTheBasicPlaneAreWrittenAsThemselves() {
        assertThat(CypherLiteral.of("吴泽明 (Eddie Wu) 🚀")).isEqualTo("'吴泽明 (Eddie Wu) 🚀'");
    }

    @Test
    void otherControlCharactersAndLineSeparatorsBecomeUnicodeEscapes() {
        assertThat(CypherLiteral.of("a\u0000b\u001Fc\u2028d")).isEqualTo("'a\\u0000b\\u001Fc\\u2028d'");
    }

    @Test
    void numbersBooleansDatesAndListsAreCypherLiterals() {
        assertThat(CypherLiteral.of(List.of(1L, 2L))).isEqualTo("[1, 2]");
        assertThat(CypherLiteral.of(List.of())).isEqualTo("[]");
        assertThat(CypherLiteral.of(0.1)).isEqualTo("0.1");
        assertThat(CypherLiteral.of(true)).isEqualTo("true");
        assertThat(CypherLiteral.of(LocalDate.of(2026, 4, 8))).isEqualTo("date('2026-04-08')");
    }

    @Test
    void mapsListTheirKeysInOrderAndQuoteKeysThatAreNotPlainNames() {
        assertThat(CypherLiteral.map(Map.of("z", 1L, "a b", "x", "id", "wu-zeming")))
                .isEqualTo("{`a b`: 'x', id: 'wu-zeming', z: 1}");
        assertThat(CypherLiteral.name("odd`name")).isEqualTo("`odd``name`");
    }

    @Test
    void aValueTheExportCannotWriteFailsWithItsTypeRatherThanBeingDropped() {
        assertThatThrownBy(() -> CypherLiteral.of(java.time.Duration.ofHours(1))).hasMessageContaining("java.time.Duration");
        assertThatThrownBy(() -> CypherLiteral.of(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void schemaStatementsGetIfNotExistsAfterTheirName() {
        assertThat(DatabaseDumpReader.ifNotExists("CREATE CONSTRAINT `entity_id` FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE"))
                .isEqualTo("CREATE CONSTRAINT `entity_id` IF NOT EXISTS FOR (n:`Entity`) REQUIRE (n.`id`) IS UNIQUE");
        assertThat(DatabaseDumpReader.ifNotExists("CREATE FULLTEXT INDEX `a``b` FOR (n:`Entity`) ON EACH [n.`name`]"))
                .isEqualTo("CREATE FULLTEXT INDEX `a``b` IF NOT EXISTS FOR (n:`Entity`) ON EACH [n.`name`]");
    }
}
