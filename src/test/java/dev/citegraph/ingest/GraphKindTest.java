package dev.citegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The ingest's look-ups by id must stay index seeks whatever the planner's statistics say: on a
 * freshly created database they describe empty indexes, and a look-up planned as a scan of the id
 * index cost a first ingest of 5,000 articles 13 s for its first 5,000 claims.
 */
class GraphKindTest {

    /** A node pattern that looks a node up by id: {@code (v:Label:Citegraph {id: ...})}. */
    private static final Pattern LOOK_UP = Pattern.compile("\\((\\w+):(\\w+):Citegraph \\{id: ");

    @Test
    void everyLookUpByIdInAWriteIsAnIndexSeek() {
        List<String> unhinted = new ArrayList<>();
        int lookUps = 0;
        for (GraphKind kind : GraphKind.values()) {
            for (String statement : List.of(kind.upsert, kind.create, kind.delete)) {
                // MERGE cannot take a hint; a MATCH clause runs to the next clause.
                for (String clause : statement.split("(?=\\b(?:MATCH|MERGE|CREATE|CALL|WITH|SET|DELETE|DETACH)\\b)")) {
                    if (!clause.startsWith("MATCH")) {
                        continue;
                    }
                    Matcher m = LOOK_UP.matcher(clause);
                    while (m.find()) {
                        lookUps++;
                        String hint = "USING INDEX SEEK " + m.group(1) + ":" + m.group(2) + "(id)";
                        if (!clause.contains(hint)) {
                            unhinted.add(kind + ": " + clause.strip());
                        }
                    }
                }
            }
        }
        assertThat(lookUps).as("look-ups found in the statements").isGreaterThan(15);
        assertThat(unhinted).isEmpty();
    }

    @Test
    void aRowTheGraphDoesNotHoldIsCreatedWithoutLookingForIt() {
        for (GraphKind kind : List.of(GraphKind.ENTITY, GraphKind.SOURCE, GraphKind.CLAIM, GraphKind.RELATIONSHIP,
                GraphKind.MENTION)) {
            assertThat(kind.create).as(kind.name()).doesNotContain("MERGE").contains("CREATE");
        }
    }
}
