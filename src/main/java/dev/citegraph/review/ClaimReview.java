package dev.citegraph.review;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A claim as its review sees it: where it stands, who decided and when, and where in the corpus it
 * is written. Mapped by Spring Data Neo4j onto the same {@code (:Claim:Citegraph)} node the ingest
 * writes; only these properties are read and written through it.
 */
@Node(primaryLabel = "Claim", labels = "Citegraph")
public class ClaimReview {

    @Id
    private final String id;
    private final String sourceId;
    private final String file;
    private String status;
    private String reviewedBy;
    private String reviewedOn;
    private String reviewNote;

    ClaimReview(String id, String sourceId, String file, String status, String reviewedBy, String reviewedOn,
            String reviewNote) {
        this.id = id;
        this.sourceId = sourceId;
        this.file = file;
        this.status = status;
        this.reviewedBy = reviewedBy;
        this.reviewedOn = reviewedOn;
        this.reviewNote = reviewNote;
    }

    /** Takes a reviewer's decision; a claim of a retracted source cannot be reviewed until the source is restored. */
    void decide(String decision, String reviewer, String on, String note) {
        if ("retracted".equals(status)) {
            throw new IllegalArgumentException("claim '" + id + "' belongs to the retracted source '" + sourceId
                    + "'; restore the source before reviewing its claims");
        }
        this.status = decision;
        this.reviewedBy = reviewer;
        this.reviewedOn = on;
        this.reviewNote = note;
    }

    public String id() {
        return id;
    }

    public String file() {
        return file;
    }

    public String status() {
        return status;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String reviewedOn() {
        return reviewedOn;
    }

    public String reviewNote() {
        return reviewNote;
    }
}
