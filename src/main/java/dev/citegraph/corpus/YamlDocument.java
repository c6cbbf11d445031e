package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.snakeyaml.engine.v2.api.LoadSettings;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A corpus YAML file read as a list of records, each remembering the line it starts on.
 *
 * <p>Records are read one at a time as trees and bound to Java records separately, so that one
 * malformed record is reported with its line and the rest of the file is still checked.
 */
record YamlDocument(String file, ObjectNode header, List<Item> items) {

    /** One list entry and the 1-based line where it starts. */
    record Item(int line, JsonNode node) {
    }

    /**
     * Corpus files are the curators' own and grow with the corpus: the entity registry of 5,000
     * articles is 3.7 MB, past the YAML parser's default limit of 3 M code points, which exists
     * to guard against untrusted documents. Ours are bounded by the file system.
     */
    static final int CODE_POINT_LIMIT = Integer.MAX_VALUE;

    static final ObjectMapper MAPPER = YAMLMapper.builder(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder().setCodePointLimit(CODE_POINT_LIMIT).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Reads a file that is either a top-level list, or (with {@code listField}) a mapping whose
     * {@code listField} holds the list and whose other fields form the header.
     */
    static YamlDocument read(Path root, String file, String listField, List<CorpusProblem> problems) {
        Path path = root.resolve(file);
        ObjectNode header = MAPPER.createObjectNode();
        List<Item> items = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            problems.add(new CorpusProblem(file, 0, "file is missing"));
            return new YamlDocument(file, header, items);
        }
        try (JsonParser parser = MAPPER.createParser(path.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new CorpusProblem(file, 0, "file is empty"));
            } else if (listField == null) {
                readList(parser, file, items, problems);
            } else if (first != JsonToken.START_OBJECT) {
                problems.add(new CorpusProblem(file, line(parser), "expected a mapping with '" + listField + "'"));
            } else {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals(listField)) {
                        readList(parser, file, items, problems);
                    } else {
                        header.set(name, parser.readValueAsTree());
                    }
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new CorpusProblem(file, line, "not valid YAML: " + e.getOriginalMessage()));
        }
        return new YamlDocument(file, header, items);
    }

    private static void readList(JsonParser parser, String file, List<Item> items, List<CorpusProblem> problems) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problems.add(new CorpusProblem(file, line(parser), "expected a list"));
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            JsonNode node = parser.readValueAsTree();
            items.add(new Item(line, node));
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Binds one item to a record type, reporting a problem (and returning null) if it does not fit. */
    static <T> T bind(String file, Item item, Class<T> type, List<CorpusProblem> problems) {
        if (!item.node().isObject()) {
            problems.add(new CorpusProblem(file, item.line(), "expected a mapping"));
            return null;
        }
        try {
            return MAPPER.treeToValue(item.node(), type);
        } catch (JacksonException e) {
            problems.add(new CorpusProblem(file, item.line(), e.getOriginalMessage()));
            return null;
        }
    }
}
