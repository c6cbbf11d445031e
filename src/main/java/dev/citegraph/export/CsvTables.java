package dev.citegraph.export;

import java.io.OutputStream;
import java.util.function.Consumer;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The graph as CSV tables: a header row, RFC 4180 quoting and line ends, UTF-8. Jackson writes the
 * quoting; the column order is the order of each row record's components. A list value (aliases,
 * sources) is a JSON array in its cell, so a name containing any separator still reads back whole.
 */
final class CsvTables {

    /**
     * Strict quoting: only fields that need it are quoted, so the files diff cleanly and read like the
     * data. An absent value is an empty cell, and an empty cell reads back as absent (as pandas reads NaN).
     */
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .enable(CsvReadFeature.EMPTY_STRING_AS_NULL)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    record EntityRow(String id, String type, String kind, String name, String aliases, String description,
            String date, String datePrecision, String dateBasis, int mentionCount) {
    }

    record RelationshipRow(String id, String type, String from, String to, String title, String spell,
            String validFrom, String validFromPrecision, String validTo, String validToPrecision, String dateBasis,
            String status, int citationCount, int disputeCount, String sources) {
    }

    /** One row per citation: {@code quote} is the source text from {@code start} to {@code end} (code points). */
    record CitationRow(String relationship, String source, String quote, int start, int end, String stance,
            String modality, String note) {
    }

    record SourceRow(String id, String title, String site, String url, String author, String publishedOn,
            String datePrecision, String dateBasis, String language, int length) {
    }

    record MentionRow(String source, String entity, int count) {
    }

    private CsvTables() {
    }

    static void entities(GraphSnapshot graph, OutputStream out) {
        write(EntityRow.class, out, rows -> graph.entities(e -> rows.accept(new EntityRow(e.id(), e.type(), e.kind(),
                e.name(), Json.text(e.aliases()), e.description(), e.date(), e.datePrecision(), e.dateBasis(),
                e.mentionCount()))));
    }

    static void relationships(GraphSnapshot graph, OutputStream out) {
        write(RelationshipRow.class, out, rows -> graph.relationships(r -> rows.accept(new RelationshipRow(
                r.id(), r.type(), r.from(), r.to(), r.title(), r.spell(), r.validFrom(), r.validFromPrecision(),
                r.validTo(), r.validToPrecision(), r.dateBasis(), r.status(), r.citations().size(),
                (int) r.count("disputes"), Json.text(r.sources())))));
    }

    static void citations(GraphSnapshot graph, OutputStream out) {
        write(CitationRow.class, out, rows -> graph.relationships(r -> r.citations().forEach(c -> rows.accept(
                new CitationRow(r.id(), c.source(), c.quote(), c.start(), c.end(), c.stance(), c.modality(), c.note())))));
    }

    static void sources(GraphSnapshot graph, OutputStream out) {
        write(SourceRow.class, out, rows -> graph.sources(s -> rows.accept(new SourceRow(s.id(), s.title(),
                s.site(), s.url(), s.author(), s.publishedOn(), s.datePrecision(), s.dateBasis(), s.language(),
                s.length()))));
    }

    static void mentions(GraphSnapshot graph, OutputStream out) {
        write(MentionRow.class, out, rows -> graph.mentions(m -> rows.accept(new MentionRow(m.source(), m.entity(),
                m.count()))));
    }

    /** The schema a row record's table is written and read with. */
    static CsvSchema schema(Class<?> rowType) {
        return MAPPER.schemaFor(rowType).withHeader().withLineSeparator("\r\n");
    }

    /** Writes the rows that {@code table} hands over, each as it comes. */
    private static <R> void write(Class<R> rowType, OutputStream out, Consumer<Consumer<R>> table) {
        try (SequenceWriter writer = MAPPER.writer(schema(rowType)).writeValues(out)) {
            table.accept(writer::write);
        }
    }
}
