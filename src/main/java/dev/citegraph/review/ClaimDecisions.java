package dev.citegraph.review;

import org.neo4j.driver.QueryRunner;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.citegraph.database.GraphDatabase;
import dev.citegraph.ingest.CorpusIngest;

/**
 * Applies a decision in one transaction managed by Spring's Neo4j transaction manager: the claim's
 * new status, reviewer and date through its mapped node, and, in the same transaction, everything
 * the decision changes downstream — the relationships the claim supported or now supports, their
 * citations and held periods, and the conflicts — derived from the corpus as every reload does.
 */
@Component
class ClaimDecisions {

    private final ClaimReviews reviews;
    private final CorpusIngest ingest;
    private final GraphDatabase database;

    ClaimDecisions(ClaimReviews reviews, CorpusIngest ingest, GraphDatabase database) {
        this.reviews = reviews;
        this.ingest = ingest;
        this.database = database;
    }

    @Transactional
    ClaimReview apply(ClaimReview claim, String decision, String reviewer, String on, String note) {
        claim.decide(decision, reviewer, on, note);
        reviews.save(claim);
        ingest.reloadWithin(currentTransaction()::run);
        return reviews.findById(claim.id()).orElseThrow();
    }

    /** The transaction Spring opened for this method, which the repository above runs in too. */
    private QueryRunner currentTransaction() {
        DatabaseSelection selection = database.name() == null ? DatabaseSelection.undecided()
                : DatabaseSelection.byName(database.name());
        return Neo4jTransactionManager.retrieveTransaction(database.driver(), selection, UserSelection.connectedUser());
    }
}
