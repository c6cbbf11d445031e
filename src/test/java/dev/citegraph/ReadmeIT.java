package dev.citegraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README promises that its queries answer as shown: every GraphQL block is sent to the
 * running application, and where a JSON block follows it, the answer must equal that JSON.
 */
class ReadmeIT extends IntegrationTest {

    private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.*?)```(\\s*```json\\n(.*?)```)?", Pattern.DOTALL);

    record Example(int line, String query, String answer) {
    }

    static List<Example> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start()).lines().count() + 1;
            examples.add(new Example(line, m.group(1), m.group(3)));
        }
        return examples;
    }

    /** The prose states counts too: they must be what {@code stats} answers, or a reader's first number is wrong. */
    @Test
    void theRelationshipCountInTheReadmesIntroductionIsTheGraphs() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher said = Pattern.compile("(\\d+) cited relationships").matcher(readme);
        assertThat(said.find()).as("the README says how many relationships the graph holds").isTrue();
        JsonNode stats = query("{ stats { relationships } }").get("stats");
        assertThat(Integer.parseInt(said.group(1))).isEqualTo(stats.get("relationships").asInt());
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeQueryAnswersAsShown() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        JsonMapper json = JsonMapper.builder().build();
        // A mutation in the README writes to the corpus: ReviewIT makes the same call on a copy of it.
        return examples.stream().filter(example -> !example.query().strip().startsWith("mutation"))
                .map(example -> DynamicTest.dynamicTest("README.md line " + example.line(), () -> {
            JsonNode data = query(example.query());
            if (example.answer() != null) {
                assertThat(data).as("answer shown at README.md line %d", example.line())
                        .isEqualTo(json.readTree(example.answer()));
            } else {
                assertThat(data.isEmpty()).isFalse();
            }
        }));
    }
}
