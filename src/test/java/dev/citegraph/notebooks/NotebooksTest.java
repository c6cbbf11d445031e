package dev.citegraph.notebooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The research notebooks as committed: sources only, since an executed copy belongs in target/notebooks/
 * (a notebook saved with its outputs adds thousands of lines of images and tables to every diff);
 * and no colour of their own, since an entity type's colour comes from cypher/style.grass.
 */
class NotebooksTest {

    private static final Path NOTEBOOKS = Path.of("notebooks");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEX_COLOUR = Pattern.compile("#([0-9A-Fa-f]{6})\\b");

    @Test
    void committedNotebooksHaveNoOutputs() throws IOException {
        List<Path> notebooks = files(".ipynb");
        assertThat(notebooks).as("notebooks in %s", NOTEBOOKS).hasSizeGreaterThanOrEqualTo(3);
        List<String> problems = new ArrayList<>();
        for (Path notebook : notebooks) {
            problems.addAll(executed(notebook.toString(), JSON.readTree(notebook.toFile())));
        }
        assertThat(problems).as("clear them with: /usr/bin/jupyter nbconvert --clear-output --inplace notebooks/*.ipynb")
                .isEmpty();
    }

    @Test
    void aNotebookSavedWithOutputsIsNamedCellByCell() {
        JsonNode notebook = JSON.readTree("""
                {"cells": [
                  {"cell_type": "markdown", "id": "intro", "source": ["# A"]},
                  {"cell_type": "code", "id": "plain", "execution_count": null, "outputs": [], "source": ["1"]},
                  {"cell_type": "code", "id": "run", "execution_count": 3,
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1"]}], "source": ["print(1)"]}
                ]}""");
        assertThat(executed("x.ipynb", notebook)).containsExactly("x.ipynb: cell run has 1 output(s) and execution count 3");
    }

    @Test
    void colourInAFigureComesFromTheBrowserStyle() throws IOException {
        // Only greys may be written in the notebooks and their modules: every other colour means an
        // entity type, and palette.py reads those from cypher/style.grass.
        List<String> coloured = new ArrayList<>();
        List<Path> sources = Stream.concat(files(".ipynb").stream(), files(".py").stream()).toList();
        assertThat(sources).extracting(p -> p.getFileName().toString()).contains("palette.py", "citegraph_client.py");
        for (Path source : sources) {
            Matcher hex = HEX_COLOUR.matcher(Files.readString(source));
            while (hex.find()) {
                if (!grey(hex.group(1))) {
                    coloured.add(source + ": " + hex.group());
                }
            }
        }
        assertThat(coloured).as("colours written in the notebooks instead of read with palette.colour(type)").isEmpty();
        assertThat(grey("2a2c34")).isTrue();
        assertThat(grey("e15759")).isFalse();
    }

    static List<String> executed(String name, JsonNode notebook) {
        List<String> problems = new ArrayList<>();
        for (JsonNode cell : notebook.path("cells")) {
            if (!"code".equals(cell.path("cell_type").asString())) {
                continue;
            }
            int outputs = cell.path("outputs").size();
            JsonNode count = cell.path("execution_count");
            if (outputs > 0 || !(count.isNull() || count.isMissingNode())) {
                problems.add("%s: cell %s has %d output(s) and execution count %s"
                        .formatted(name, cell.path("id").asString("?"), outputs, count.isMissingNode() ? "none" : count));
            }
        }
        return problems;
    }

    /** Channels within 0x20 of each other: a grey, or close enough that it names no entity type. */
    private static boolean grey(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) <= 0x20;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
