package dev.citegraph.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every file the graph can be exported as: its name (the same under {@code /export/} and in the
 * export command's folder), its media type, what it is for, and how it is written.
 */
public enum ExportFile {

    GRAPHML("graph.graphml", "application/graphml+xml;charset=UTF-8",
            "Entities and relationships with their citations, for networkx read_graphml, Gephi, yEd, Cytoscape.",
            (data, out) -> GraphMlWriter.write(data.snapshot(), out)),
    NODE_LINK("graph.json", "application/json",
            "Entities and relationships as node-link JSON, for networkx node_link_graph and D3.",
            (data, out) -> NodeLinkWriter.write(data.snapshot(), out)),
    ENTITIES("entities.csv", ExportFile.CSV, "One row per entity: type, kind, name, aliases, description, date.",
            (data, out) -> CsvTables.entities(data.snapshot(), out)),
    RELATIONSHIPS("relationships.csv", ExportFile.CSV,
            "One row per relationship: type, ends, title, dates, status, how many citations and from which sources.",
            (data, out) -> CsvTables.relationships(data.snapshot(), out)),
    CITATIONS("citations.csv", ExportFile.CSV,
            "One row per citation: relationship, source, verbatim quote, code-point offsets, stance, modality.",
            (data, out) -> CsvTables.citations(data.snapshot(), out)),
    SOURCES("sources.csv", ExportFile.CSV, "One row per article: title, site, URL, author, publication date, language.",
            (data, out) -> CsvTables.sources(data.snapshot(), out)),
    MENTIONS("mentions.csv", ExportFile.CSV, "How often each article names each entity.",
            (data, out) -> CsvTables.mentions(data.snapshot(), out)),
    CYPHER("graph.cypher", "text/plain;charset=UTF-8",
            "The whole database (schema, entities, sources, relationships, mentions) as a Cypher script for an empty Neo4j.",
            (data, out) -> CypherScriptWriter.write(data.dump(), out));

    private static final String CSV = "text/csv;charset=UTF-8;header=present";

    /** What the writers read; each is read from the database at most once per export. */
    interface Data {
        GraphSnapshot snapshot();

        DumpSource dump();
    }

    interface Writer {
        void write(Data data, OutputStream out);
    }

    private final String fileName;
    private final String mediaType;
    private final String description;
    private final Writer writer;

    ExportFile(String fileName, String mediaType, String description, Writer writer) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.description = description;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    void write(Data data, OutputStream out) {
        writer.write(data, out);
    }

    public static Optional<ExportFile> named(String fileName) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
    }
}
