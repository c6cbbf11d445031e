package dev.citegraph.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Service;

import dev.citegraph.corpus.ClaimFileEditor;
import dev.citegraph.database.GraphDatabase;
import dev.citegraph.database.ReloadGate;
import dev.citegraph.database.SpringDataNeo4jConfiguration;
import dev.citegraph.ingest.CitegraphPaths;

/**
 * A curator's decision on a claim: accepted, rejected (with a reason) or back to proposed. The
 * decision is written into the claim's corpus file first, so the corpus stays the record of every
 * decision, then applied to the graph with everything it changes. If the graph refuses it (the
 * corpus would no longer check, e.g. a relationship left only disputed), the file is put back and
 * nothing changes. Readers see the graph before or after a decision, never between.
 */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    static final Set<String> DECISIONS = Set.of("proposed", "accepted", "rejected");
    /** Held by every review write, so two never edit the same corpus file at once. */
    static final Object FILES = new Object();

    private final ClaimReviews reviews;
    private final ClaimDecisions decisions;
    private final CitegraphPaths paths;
    private final ReloadGate gate;
    private final Neo4jBookmarkManager bookmarks;
    private final GraphDatabase database;

    ReviewService(ClaimReviews reviews, ClaimDecisions decisions, CitegraphPaths paths, ReloadGate gate,
            Neo4jBookmarkManager bookmarks, GraphDatabase database) {
        this.bookmarks = bookmarks;
        this.database = database;
        this.reviews = reviews;
        this.decisions = decisions;
        this.paths = paths;
        this.gate = gate;
    }

    /** @param decision proposed, accepted or rejected; a rejection needs a note saying why */
    public ClaimReview decide(String claimId, String decision, String reviewer, String note) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("decision must be one of " + DECISIONS);
        }
        if (reviewer == null || reviewer.isBlank() || reviewer.length() > 100) {
            throw new IllegalArgumentException("reviewer must name who decides (1 to 100 characters)");
        }
        if (decision.equals("rejected") && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a note saying why");
        }
        if (note != null && note.length() > 2000) {
            throw new IllegalArgumentException("note must be at most 2000 characters");
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        synchronized (FILES) {
            return decideAlone(claimId, decision, reviewer, note, today);
        }
    }

    private ClaimReview decideAlone(String claimId, String decision, String reviewer, String note, String today) {
        return gate.exclusively(() -> {
            ClaimReview claim = find(claimId);
            ClaimFileEditor.Edit edit = ClaimFileEditor.recordReview(paths.corpus(), claim.file(), claimId, decision,
                    reviewer.strip(), today, note);
            try {
                ClaimReview decided = decisions.apply(claim, decision, reviewer.strip(), today, note);
                SpringDataNeo4jConfiguration.shareWithDriver(bookmarks, database.driver());
                log.info("Claim {} {} by {}", claimId, decision, reviewer.strip());
                return decided;
            } catch (RuntimeException e) {
                edit.undo();
                throw e;
            }
        });
    }

    private ClaimReview find(String claimId) {
        return reviews.findById(claimId)
                .orElseThrow(() -> new IllegalArgumentException("no claim has the id '" + abbreviate(claimId) + "'"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
