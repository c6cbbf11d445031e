package dev.citegraph.api;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Researchers look entities up by whatever name their text uses. */
class EntityLookupIT extends IntegrationTest {

    private static final String BY_NAME = "query($name: String) { entity(name: $name) { id name } }";

    private String idOf(String name) {
        return query(BY_NAME, Map.of("name", name)).get("entity").get("id").asString();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            吴泳铭                  | wu-yongming
            Eddie Wu               | wu-yongming
            吴泽明                  | wu-zeming
            Jiang Fan              | jiang-fan
            Fan Jiang              | jiang-fan
            ATH                    | alibaba-token-hub
            Alibaba Token Hub      | alibaba-token-hub
            周靖人                  | zhou-jingren
            通义大模型事业部           | tongyi-business-unit
            Tongyi Qianwen         | qwen
            eddie wu               | wu-yongming
            EDDIE   WU             | wu-yongming
            ＥＤＤＩＥ　ＷＵ          | wu-yongming
            ' zhou jingren '       | zhou-jingren
            """)
    void everyFormOfANameFindsItsEntity(String name, String id) {
        assertThat(idOf(name)).isEqualTo(id);
    }

    @Test
    void everyNameAndAliasInTheRegistryFindsItsEntity() {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        int checked = 0;
        for (Corpus.Entity entity : corpus.entities()) {
            assertThat(idOf(entity.name())).as("name %s", entity.name()).isEqualTo(entity.id());
            for (String alias : entity.aliases()) {
                assertThat(idOf(alias)).as("alias %s of %s", alias, entity.id()).isEqualTo(entity.id());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void anUnknownNameIsNotFoundNotAGuess() {
        for (String name : new String[] {"Jack Ma's cat", "Wu"}) {
            var error = errors(BY_NAME, Map.of("name", name)).getFirst();
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getMessage()).isEqualTo("name: no entity has the id, name or alias '" + name + "'");
        }
    }

    @Test
    void byIdAndByNameAtOnceIsRefused() {
        var errors = errors("{ entity(id: \"wu-zeming\", name: \"Wu Zeming\") { id } }", Map.of());
        assertThat(errors.getFirst().getMessage()).contains("exactly one of id or name");
        assertThat(errors.getFirst().getErrorType().toString()).isEqualTo("BAD_REQUEST");
    }
}
