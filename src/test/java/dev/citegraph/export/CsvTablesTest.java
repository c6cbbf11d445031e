package dev.citegraph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTablesTest {

    private static String csv(BiConsumer<GraphSnapshot, ByteArrayOutputStream> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.accept(Samples.graph(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> List<T> read(Class<T> row, String csv) {
        return CsvTables.MAPPER.readerFor(row).with(CsvTables.schema(row)).<T>readValues(csv).readAll();
    }

    @Test
    void citationsReadBackEqualWhateverTheirQuotesHoldAndFieldsAreQuotedTheRfc4180Way() {
        String csv = csv(CsvTables::citations);
        assertThat(csv).startsWith("relationship,source,quote,start,end,stance,modality,note\r\n");
        // A quote with a comma, a double quote and a line break is quoted, its double quotes doubled.
        assertThat(csv).contains("\"He said \"\"yes, 吴泽明\"\" <b>&</b>;\nthen left 🚀\"");
        assertThat(read(CsvTables.CitationRow.class, csv)).containsExactly(
                new CsvTables.CitationRow("wu-zeming:HOLDS_POSITION:alibaba-group:ceo", "s1", "CEO", 1, 4, "supports",
                        "asserted", null),
                new CsvTables.CitationRow("wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023", "s1", Samples.TRICKY, 10, 42,
                        "supports", "asserted", null),
                new CsvTables.CitationRow("wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023", "s2", "前任首席技术官", 0, 7,
                        "disputes", "reported", "a note, with \"quotes\""));
    }

    @Test
    void rowsEndWithCrLfAndPlainFieldsAreNotQuoted() {
        String csv = csv(CsvTables::mentions);
        assertThat(csv).isEqualTo("source,entity,count\r\ns1,wu-zeming,2\r\n");
    }

    @Test
    void aliasesAreAJsonArrayInOneCellSoSeparatorsInsideANameSurvive() {
        List<CsvTables.EntityRow> rows = read(CsvTables.EntityRow.class, csv(CsvTables::entities));
        assertThat(rows).extracting(CsvTables.EntityRow::id).containsExactly("alibaba-group", "wu-zeming");
        assertThat(Json.MAPPER.readValue(rows.get(1).aliases(), new TypeReference<List<String>>() { }))
                .containsExactly("吴泽明", "Zeming Wu", "a|b;c,\"d\"");
        assertThat(rows.get(0).aliases()).isEqualTo("[]");
        assertThat(rows.get(0).description()).isNull();
    }

    @Test
    void relationshipsCountTheirCitationsAndDisputesAndNameTheirSources() {
        List<CsvTables.RelationshipRow> rows = read(CsvTables.RelationshipRow.class, csv(CsvTables::relationships));
        assertThat(rows.get(1)).isEqualTo(new CsvTables.RelationshipRow("wu-zeming:HOLDS_POSITION:alibaba-group:cto@2023",
                "HOLDS_POSITION", "wu-zeming", "alibaba-group", "CTO", "2023", "2023", "year", null, null, "stated",
                "former", 2, 1, "[\"s1\",\"s2\"]"));
    }
}
