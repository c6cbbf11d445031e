package dev.citegraph.research;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.Evidence;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the articles disagree, both sides come back with the sources' own words. */
class ConflictsIT extends IntegrationTest {

    private static final String CONFLICTS = """
            query($entity: ID) { conflicts(entity: $entity) {
              id description explainedByTime origin entities { id }
              sides { summary relationships { id } citations { quote start end stance source { id } } } } }""";

    @Autowired
    CorpusIngest ingest;

    @TempDir
    Path work;

    private JsonNode conflicts(String entity) {
        return query(CONFLICTS, entity == null ? Map.of() : Map.of("entity", entity)).get("conflicts");
    }

    /** Turns a claim the curators rejected back into an accepted one, in a copy of the corpus. */
    private static void accept(CorpusCopy copy, String file, String claimId) {
        List<String> lines = copy.read(file);
        int at = lines.indexOf("  - id: " + claimId);
        while (!lines.get(at).equals("    review: rejected")) {
            at++;
        }
        lines.set(at, "    review: accepted");
        copy.write(file, String.join("\n", lines) + "\n");
    }

    private JsonNode conflict(JsonNode all, String id) {
        return all.valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict " + id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "alibaba-ceo-2023-vs-2026,      true,  zhang-yong,   wu-yongming",
            "group-cto-role-eliminated-vs-held, true, alibaba-group, wu-zeming",
            "alibaba-cloud-technology-lead, false, li-feifei,    zhou-jingren",
            "cto-line-core-teams-destination, false, alibaba-cto-line, taotian-group",
    })
    void theConflictsTheArticlesContainAreReturnedWithBothSidesCited(String id, boolean explainedByTime,
            String oneEntity, String otherEntity) {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        JsonNode c = conflict(conflicts(null), id);
        assertThat(c.get("explainedByTime").asBoolean()).isEqualTo(explainedByTime);
        assertThat(c.get("entities").valueStream().map(e -> e.get("id").asString())).contains(oneEntity, otherEntity);
        assertThat(c.get("sides").size()).isGreaterThanOrEqualTo(2);
        c.get("sides").forEach(side -> assertThat(evidence.assertExact(side.get("citations"))).as(side.get("summary").asString()).isPositive());
        assertThat(conflict(conflicts(oneEntity), id)).as("found from %s", oneEntity).isNotNull();
    }

    @Test
    void theArticlesHoldTheirCuratedConflictsEachSideCitedExactly() {
        Evidence evidence = new Evidence(query("{ sources { id text } }"));
        JsonNode all = conflicts(null);
        assertThat(all.size()).isGreaterThanOrEqualTo(8);
        all.forEach(c -> c.get("sides").forEach(side -> evidence.assertExact(side.get("citations"))));
    }

    @Test
    void aListThatShowsLessReadsLessButShowsTheSameOfWhatItAsks() {
        JsonNode whole = conflicts(null);
        JsonNode entities = query("{ conflicts { id entities { id name } } }").get("conflicts");
        JsonNode entityIds = query("{ conflicts { id entities { id } } }").get("conflicts");
        JsonNode sides = query("{ conflicts { id sides { summary relationships { id } } } }").get("conflicts");
        JsonNode summaries = query("{ conflicts { id sides { summary citations { quote } } } }").get("conflicts");
        JsonNode descriptions = query("{ conflicts { id description } }").get("conflicts");
        assertThat(whole.size()).isGreaterThanOrEqualTo(8);
        for (int i = 0; i < whole.size(); i++) {
            JsonNode c = whole.get(i);
            assertThat(descriptions.get(i).get("description")).isEqualTo(c.get("description"));
            assertThat(sides.get(i).get("sides").valueStream().map(side -> side.get("summary")))
                    .containsExactlyElementsOf(c.get("sides").valueStream().map(side -> side.get("summary")).toList());
            assertThat(entityIds.get(i).get("entities")).as(c.get("id").asString()).isEqualTo(c.get("entities"));
            assertThat(entities.get(i).get("entities").valueStream().map(e -> e.get("id"))).as(c.get("id").asString())
                    .containsExactlyElementsOf(c.get("entities").valueStream().map(e -> e.get("id")).toList());
            assertThat(entities.get(i).get("entities").valueStream().map(e -> e.get("name").asString()))
                    .allMatch(name -> !name.isBlank());
            for (int side = 0; side < c.get("sides").size(); side++) {
                JsonNode expected = c.get("sides").get(side);
                assertThat(sides.get(i).get("sides").get(side).get("relationships")).as(c.get("id").asString())
                        .isEqualTo(expected.get("relationships"));
                assertThat(summaries.get(i).get("sides").get(side).get("citations").valueStream().map(x -> x.get("quote")))
                        .containsExactlyElementsOf(expected.get("citations").valueStream().map(x -> x.get("quote")).toList());
            }
        }
    }

    @Test
    void everyRelationshipIdASideShowsIsARelationshipOfTheGraph() throws Exception {
        // A copy whose rules find conflicts of their own beside the curated ones (as in the test below).
        CorpusCopy copy = CorpusCopy.of(work);
        accept(copy, "claims/theplugg-tech-chief.yaml", "theplugg-tech-chief-043");
        accept(copy, "claims/theplugg-tech-chief.yaml", "theplugg-tech-chief-031");
        ingest.ingest(copy.root(), true);
        JsonNode ids;
        JsonNode loaded;
        try {
            ids = query("{ conflicts { id origin sides { relationships { id } } } }").get("conflicts");
            // Asking for more than the id reads the relationships themselves, by id.
            loaded = query("{ conflicts { id sides { relationships { id type } } } }").get("conflicts");
        } finally {
            ingest.ingest(true);
        }
        assertThat(ids.valueStream().map(c -> c.get("origin").asString())).contains("curated", "exclusive-places");
        assertThat(ids.valueStream().filter(c -> !c.get("origin").asString().equals("curated")))
                .allMatch(c -> c.get("sides").valueStream().allMatch(side -> !side.get("relationships").isEmpty()));
        for (int i = 0; i < ids.size(); i++) {
            for (int side = 0; side < ids.get(i).get("sides").size(); side++) {
                assertThat(ids.get(i).get("sides").get(side).get("relationships").valueStream().map(r -> r.get("id")))
                        .as("%s, side %d", ids.get(i).get("id").asString(), side + 1)
                        .containsExactlyElementsOf(loaded.get(i).get("sides").get(side).get("relationships")
                                .valueStream().map(r -> r.get("id")).toList());
            }
        }
    }

    @Test
    void conflictsOfAnEntityAreAllAboutIt() {
        JsonNode about = conflicts("wu-zeming");
        assertThat(about).isNotEmpty();
        about.forEach(c -> assertThat(c.get("entities").valueStream().map(e -> e.get("id").asString())).contains("wu-zeming"));
        assertThat(conflicts("hanguang-800").size()).isLessThan(conflicts(null).size());
    }

    @Test
    void theOneHolderRuleFindsTwoManagersTheDatesCanExplain() throws Exception {
        // The corpus rejects "reporting through Wu's technical organization" as reporting to Wu Zeming;
        // a copy that accepts it again has Yan Xiaolei with a manager until 2026 and another after.
        CorpusCopy copy = CorpusCopy.of(work);
        accept(copy, "claims/theplugg-tech-chief.yaml", "theplugg-tech-chief-031");
        ingest.ingest(copy.root(), true);
        JsonNode c;
        try {
            c = conflict(conflicts("yan-xiaolei"), "yan-xiaolei:REPORTS_TO:jiang-fan vs yan-xiaolei:REPORTS_TO:wu-zeming");
        } finally {
            ingest.ingest(true);
        }
        assertThat(c.get("origin").asString()).isEqualTo("exclusive-places");
        assertThat(c.get("explainedByTime").asBoolean()).isTrue();
        assertThat(c.get("sides").valueStream().map(s -> s.get("relationships").get(0).get("id").asString()))
                .containsExactly("yan-xiaolei:REPORTS_TO:jiang-fan", "yan-xiaolei:REPORTS_TO:wu-zeming");
    }

    @Test
    void anUndatedFormerRoleCompetesWithNobody() {
        // "former CTO Cheng Li": the sources never say when, so no period, no as-of answer, no conflict.
        assertThat(conflicts("cheng-li").valueStream().map(c -> c.get("origin").asString())).doesNotContain("exclusive-places");
        JsonNode cto = query("""
                { relationships(from: "cheng-li", to: "alibaba-group") { edges { node { status held { to } } } } }""")
                .get("relationships").get("edges").get(0).get("node");
        assertThat(cto.get("status").asString()).isEqualTo("former");
        assertThat(cto.get("held").isNull()).isTrue();
    }

    @Test
    void withoutTheCuratedFileTheRulesStillFindTheCeoChangeAndTheDisputedCtoTitle() throws Exception {
        CorpusCopy copy = CorpusCopy.of(work);
        Files.delete(copy.root().resolve("conflicts.yaml"));
        // The corpus holds no dispute since curation rejected The Plugg's (its words do not contradict
        // the title); the copy accepts it again so that the rule has one to find.
        accept(copy, "claims/theplugg-tech-chief.yaml", "theplugg-tech-chief-043");
        ingest.ingest(copy.root(), true);
        JsonNode all;
        try {
            all = conflicts(null);
        } finally {
            ingest.ingest(true);
        }

        assertThat(all.valueStream().map(c -> c.get("origin").asString())).doesNotContain("curated");
        JsonNode ceo = conflict(all, "wu-yongming:HOLDS_POSITION:alibaba-group:ceo vs zhang-yong:HOLDS_POSITION:alibaba-group:ceo@2023");
        assertThat(ceo.get("explainedByTime").asBoolean()).as("2023 vs 2026: a succession fits").isTrue();
        JsonNode disputed = conflict(all, "zhou-jingren:HOLDS_POSITION:alibaba-cloud:cto disputed");
        assertThat(disputed.get("origin").asString()).isEqualTo("disputed-relationships");
        assertThat(disputed.get("sides").get(0).get("citations").valueStream().map(x -> x.get("stance").asString())).containsOnly("SUPPORTS");
        assertThat(disputed.get("sides").get(1).get("citations").valueStream().map(x -> x.get("stance").asString())).containsOnly("DISPUTES");
        // Reporting to Zhang Yong (2023) and to Wu Yongming (2026) cannot overlap: no conflict at all.
        assertThat(all.valueStream().map(c -> c.get("id").asString())).noneMatch(id -> id.startsWith("wu-zeming:REPORTS_TO"));
    }

    @Test
    void sourcesKnowWhichOtherSourcesAgreeAndDisagreeWithThem() {
        JsonNode sources = query("""
                { sources { id agreesWith { source { id } relationships { id citations { source { id } } } }
                                disagreesWith { source { id } conflicts { id sides { citations { source { id } } } } } } }""")
                .get("sources");
        for (JsonNode s : sources) {
            String id = s.get("id").asString();
            s.get("agreesWith").forEach(a -> a.get("relationships").forEach(r -> assertThat(
                    r.get("citations").valueStream().map(c -> c.get("source").get("id").asString()))
                    .contains(id, a.get("source").get("id").asString())));
            s.get("disagreesWith").forEach(d -> assertThat(d.get("conflicts")).isNotEmpty());
        }
        JsonNode besthub = sources.valueStream().filter(s -> s.get("id").asString().equals("besthub-cto-role")).findFirst().orElseThrow();
        assertThat(besthub.get("disagreesWith").valueStream().map(d -> d.get("source").get("id").asString()))
                .contains("theplugg-tech-chief", "ainews-centralization");
        List<String> agreeing = besthub.get("agreesWith").valueStream().map(d -> d.get("source").get("id").asString()).toList();
        assertThat(agreeing).doesNotContain("besthub-cto-role");
    }

    /**
     * A side's citations come in the order its curator listed the claims (conflicts.yaml), or a rule
     * found them, whatever their ids: the list is read in one expansion and put back in that order.
     */
    @Test
    void aSidesCitationsComeInTheOrderItsClaimsAreListed() {
        JsonNode ceo = conflict(query("{ conflicts { id sides { citations { claim { id } } } } }").get("conflicts"),
                "alibaba-ceo-2023-vs-2026");
        assertThat(ceo.get("sides").get(1).get("citations").valueStream().map(x -> x.get("claim").get("id").asString()))
                .containsExactly("theplugg-tech-chief-020", "chinanews-tongyi-009", "ainews-centralization-002");

        Map<String, List<String>> listed = new java.util.HashMap<>();
        cypher("MATCH (c:Conflict:Citegraph)-[:HAS_SIDE]->(s:ConflictSide) WHERE c.retracted IS NULL RETURN c.id + '/' + (s.index - 1) AS side, s.claimIds AS claims")
                .forEach(r -> listed.put(r.get("side").asString(), r.get("claims").asList(v -> v.asString())));
        JsonNode all = query("{ conflicts(first: 1000) { id sides { citations { claim { id } } } } }").get("conflicts");
        int sides = 0;
        for (JsonNode c : all) {
            for (int side = 0; side < c.get("sides").size(); side++, sides++) {
                assertThat(c.get("sides").get(side).get("citations").valueStream().map(x -> x.get("claim").get("id").asString()))
                        .as(c.get("id").asString() + " side " + side)
                        .containsExactlyElementsOf(listed.get(c.get("id").asString() + "/" + side));
            }
        }
        assertThat(sides).isEqualTo(listed.size());
    }
}
