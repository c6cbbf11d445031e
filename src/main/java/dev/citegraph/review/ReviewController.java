package dev.citegraph.review;

import java.util.Locale;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.admin.AdminToken;
import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;

/** The {@code reviewClaim} mutation: a curator's decision, with the admin token. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final ClaimReader claims;
    private final AdminToken token;

    ReviewController(ReviewService reviews, ClaimReader claims, AdminToken token) {
        this.reviews = reviews;
        this.claims = claims;
        this.token = token;
    }

    @MutationMapping
    ClaimView reviewClaim(@Argument String id, @Argument String decision, @Argument String reviewer,
            @Argument String note, @ContextValue(name = "authorization", required = false) String authorization) {
        token.require(authorization, "reviewing a claim");
        ClaimReview decided = reviews.decide(id, decision.toLowerCase(Locale.ROOT), reviewer, note);
        return claims.byIds(java.util.List.of(decided.id())).get(decided.id());
    }
}
