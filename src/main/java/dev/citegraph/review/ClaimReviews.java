package dev.citegraph.review;

import org.springframework.data.neo4j.repository.Neo4jRepository;

/** Claims by id, for their review. Package-private: only the review service changes a claim's status. */
interface ClaimReviews extends Neo4jRepository<ClaimReview, String> {
}
