package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names a new article uses that the registry lacks, with a proposed type and, where likely, the entity they are another form of. */
class EntityCandidatesTest {

    private static final Corpus CORPUS = CorpusLoader.load(Path.of("corpus"));

    @Test
    void aNameWithItsChineseFormIsACandidateAndItsPinyinFindsTheKnownEntityItMayBe() {
        List<EntityCandidates.Candidate> found = EntityCandidates.find(CORPUS,
                "Hema said Cathy Yan (颜晓雷) now reports to Jiang Fan.");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Cathy Yan");
            assertThat(c.forms()).containsExactly("Cathy Yan", "颜晓雷");
            assertThat(c.aliasOf()).as("yan xiao lei is how Yan Xiaolei is written").isEqualTo("yan-xiaolei");
        });
    }

    @Test
    void suffixesAndTitlesProposeTheType() {
        List<EntityCandidates.Candidate> found = EntityCandidates.find(CORPUS,
                "Rivals include Moonshot Technology, whose CEO Yang Zhilin (杨植麟) spoke, and Zhipu Labs.");
        assertThat(found).extracting(EntityCandidates.Candidate::name, EntityCandidates.Candidate::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Moonshot Technology", "Organization"),
                        org.assertj.core.groups.Tuple.tuple("Yang Zhilin", "Person"),
                        org.assertj.core.groups.Tuple.tuple("Zhipu Labs", "Organization"));
    }

    @Test
    void namesTheRegistryKnowsUnderAnyFormAreNotCandidates() {
        assertThat(EntityCandidates.find(CORPUS, "Rivals say Wu Zeming (吴泽明) and Eddie Wu met Alibaba Cloud people."))
                .isEmpty();
    }
}
