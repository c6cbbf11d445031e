package dev.citegraph.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/**
 * {@code proposals(source)}: what waits for review in one article. Which claims are proposed, by
 * which rule, and which names are candidates come from the corpus files (the record of the
 * review); the claims themselves and the source are read from the graph in one query each.
 */
@Controller
class ProposalsController {

    record Proposals(SourceView source, List<Proposed> claims, List<ProposalReview.CandidateView> candidates) {
    }

    record Proposed(ClaimView claim, String rule, Double confidence) {
    }

    private final ProposalReview review;
    private final ClaimReader claims;
    private final SourceReader sources;
    private final EntityReader entities;

    ProposalsController(ProposalReview review, ClaimReader claims, SourceReader sources, EntityReader entities) {
        this.review = review;
        this.claims = claims;
        this.sources = sources;
        this.entities = entities;
    }

    @QueryMapping
    Proposals proposals(@Argument String source) {
        Corpus corpus = review.corpus();
        Corpus.Source found = review.source(corpus, source);
        List<ProposalReview.ProposedClaim> proposed = review.claims(corpus, source);
        Map<String, ClaimView> views = claims.byIds(proposed.stream().map(ProposalReview.ProposedClaim::claimId).toList());
        SourceView view = sources.byIds(List.of(source)).get(source);
        if (view == null) {
            throw new IllegalArgumentException("the source '" + source + "' is not in the graph yet: reload first");
        }
        return new Proposals(view,
                proposed.stream().filter(p -> views.containsKey(p.claimId()))
                        .map(p -> new Proposed(views.get(p.claimId()), p.rule(), p.confidence())).toList(),
                review.candidates(found));
    }

    @BatchMapping(typeName = "EntityCandidate", field = "mergeInto")
    Map<ProposalReview.CandidateView, EntityView> mergeInto(List<ProposalReview.CandidateView> candidates) {
        Map<String, EntityView> byId = entities.byIds(candidates.stream().map(ProposalReview.CandidateView::aliasOf)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return candidates.stream().filter(c -> c.aliasOf() != null && byId.containsKey(c.aliasOf()))
                .collect(Collectors.toMap(Function.identity(), c -> byId.get(c.aliasOf()), (a, b) -> a));
    }
}
