package dev.citegraph.api;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for every argument that names an entity: its id, or any of its names or aliases, gives
 * the same answer; a value that names no entity is a NOT_FOUND error naming the argument, never an
 * empty answer that reads as "no connection".
 */
class EntityArgumentsIT extends IntegrationTest {

    /** One document per argument; $e is the value under test, the other entity argument is fixed by id. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            entity(id:)               | query($e: ID) { entity(id: $e) { id relationships { id } } }
            entity(name:)             | query($e: String) { entity(name: $e) { id relationships { id } } }
            relationships(from:)      | query($e: ID) { relationships(from: $e) { totalCount edges { node { id } } } }
            claims(entity:)           | query($e: ID) { claims(entity: $e, first: 200) { totalCount edges { node { id } } } }
            timeline(entity:)         | query($e: ID) { timeline(entity: $e) { date description } }
            conflicts(entity:)        | query($e: ID) { conflicts(entity: $e) { id } }
            paths(from:)              | query($e: ID!) { paths(from: $e, to: "qwen", maxHops: 2) { entities { id } } }
            paths(to:)                | query($e: ID!) { paths(from: "qwen", to: $e, maxHops: 2) { entities { id } } }
            neighborhood(id:)         | query($e: ID!) { neighborhood(id: $e) { entities { id } } }
            mentions(entity:)         | query($e: ID!) { mentions(entity: $e) { totalCount edges { node { start end } } } }
            """)
    void anyNameOfAnEntityAnswersAsItsIdAndAnUnknownNameIsNotFound(String argument, String document) {
        JsonNode byId = query(document, Map.of("e", "wu-zeming"));
        assertThat(byId.toString()).as("the id finds something to compare").doesNotContain("[]", "\"totalCount\":0");
        for (String name : new String[] {"吴泽明", "Zeming Wu", "WU ZEMING", "Ｗｕ Ｚｅｍｉｎｇ"}) {
            assertThat(query(document, Map.of("e", name))).as("%s given %s", argument, name).isEqualTo(byId);
        }

        ResponseError error = errors(document, Map.of("e", "Jack Ma's cat")).getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
        String name = argument.substring(argument.indexOf('(') + 1, argument.indexOf(':'));
        assertThat(error.getMessage()).isEqualTo(name + ": no entity has the id, name or alias 'Jack Ma's cat'");
    }

    /** No accepted claim points at Wu Zeming, so the object side is tried on the company he served. */
    @Test
    void anyNameOfTheObjectAnswersAsItsId() {
        String document = "query($e: ID) { relationships(to: $e, first: 100) { totalCount edges { node { id } } } }";
        JsonNode byId = query(document, Map.of("e", "alibaba-group"));
        assertThat(byId.toString()).as("the id finds something to compare").doesNotContain("\"totalCount\":0");
        for (String name : new String[] {"阿里巴巴", "Alibaba Group", "alibaba group", "Ａｌｉｂａｂａ Ｇｒｏｕｐ"}) {
            assertThat(query(document, Map.of("e", name))).as("relationships(to:) given %s", name).isEqualTo(byId);
        }
        ResponseError error = errors(document, Map.of("e", "Jack Ma's cat")).getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
        assertThat(error.getMessage()).isEqualTo("to: no entity has the id, name or alias 'Jack Ma's cat'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            to   | query($e: ID) { relationships(from: "wu-zeming", to: $e) { totalCount } }
            from | query($e: ID!) { paths(from: $e, to: "Wu Zeming") { length } }
            """)
    void theErrorNamesWhicheverArgumentFoundNothing(String argument, String document) {
        ResponseError error = errors(document, Map.of("e", "nobody")).getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
        assertThat(error.getMessage()).isEqualTo(argument + ": no entity has the id, name or alias 'nobody'");
    }
}
