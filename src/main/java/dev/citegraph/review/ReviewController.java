package dev.citegraph.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;

/**
 * The review mutations: a curator's decision on a claim, a correction of a proposed claim, and
 * a new-name candidate made an entity or merged into one. Each needs the admin credentials.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ReviewController {

    /** The corrections a ClaimEdit input carries, as GraphQL binds it. */
    record ClaimEdit(String type, String subject, String object, String title, String validFrom, String validTo,
            String quote, Integer occurrence) {
    }

    private final ReviewService reviews;
    private final ProposalReview proposals;
    private final ClaimReader claims;
    private final EntityReader entities;

    ReviewController(ReviewService reviews, ProposalReview proposals, ClaimReader claims, EntityReader entities) {
        this.reviews = reviews;
        this.proposals = proposals;
        this.claims = claims;
        this.entities = entities;
    }

    @MutationMapping
    ClaimView reviewClaim(@Argument String id, @Argument String decision, @Argument String reviewer,
            @Argument String note) {
        ClaimReview decided = reviews.decide(id, decision.toLowerCase(Locale.ROOT), reviewer, note);
        return claim(decided.id());
    }

    @MutationMapping
    ClaimView editClaim(@Argument String id, @Argument ClaimEdit edit) {
        Map<String, String> changes = new LinkedHashMap<>();
        // A claim cannot lose its type, endpoints or words: blank ones change nothing. A blank title or date removes it.
        changes.put("type", blankIsNull(edit.type()));
        changes.put("subject", blankIsNull(edit.subject()));
        changes.put("object", blankIsNull(edit.object()));
        changes.put("title", edit.title() == null ? null : edit.title().strip());
        changes.put("validFrom", edit.validFrom() == null ? null : edit.validFrom().strip());
        changes.put("validTo", edit.validTo() == null ? null : edit.validTo().strip());
        changes.put("quote", edit.quote() == null || edit.quote().isEmpty() ? null : edit.quote());
        if (edit.occurrence() != null && edit.occurrence() < 1) {
            throw new IllegalArgumentException("occurrence counts from 1");
        }
        return claim(proposals.editClaim(id, changes, edit.occurrence()));
    }

    @MutationMapping
    EntityView createEntity(@Argument String source, @Argument String candidate, @Argument String id,
            @Argument String type, @Argument String name) {
        return entities.byId(proposals.createEntity(source, candidate, id, type, name));
    }

    @MutationMapping
    EntityView mergeCandidate(@Argument String source, @Argument String candidate, @Argument String into) {
        return entities.byId(proposals.mergeCandidate(source, candidate, into));
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ClaimView claim(String id) {
        return claims.byIds(List.of(id)).get(id);
    }
}
