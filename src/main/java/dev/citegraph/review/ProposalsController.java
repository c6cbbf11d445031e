package dev.citegraph.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.graph.ClaimReader;
import dev.citegraph.graph.ClaimView;
import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.SourceView;

/**
 * {@code proposals(source)}: what waits for review in one article. The source and its proposed
 * claims (with the rule and confidence their note records) are read from the graph, one query
 * each, so the answer costs the same whatever the size of the corpus; the new-name candidates,
 * which are not in the graph, from the source's proposals file.
 */
@Controller
class ProposalsController {

    /** More proposals than a person reviews in one sitting; the rest follow as these are decided. */
    static final int MAX_CLAIMS = 500;

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
        SourceView view = sources.byIds(List.of(source)).get(source);
        if (view == null) {
            throw new IllegalArgumentException("no source has the id '" + (source.length() <= 80 ? source : source.substring(0, 77) + "…") + "'");
        }
        List<Proposed> proposed = claims.page(source, null, "proposed", 0, null, MAX_CLAIMS, false).items().stream().map(c -> {
            ProposalReview.ProposedClaim by = ProposalReview.proposedBy(c.id(), c.note());
            return new Proposed(c, by.rule(), by.confidence());
        }).toList();
        return new Proposals(view, proposed, review.candidates(source, sources.texts(List.of(source)).get(source)));
    }

    @BatchMapping(typeName = "EntityCandidate", field = "mergeInto")
    Map<ProposalReview.CandidateView, EntityView> mergeInto(List<ProposalReview.CandidateView> candidates) {
        Map<String, EntityView> byId = entities.byIds(candidates.stream().map(ProposalReview.CandidateView::aliasOf)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return candidates.stream().filter(c -> c.aliasOf() != null && byId.containsKey(c.aliasOf()))
                .collect(Collectors.toMap(Function.identity(), c -> byId.get(c.aliasOf()), (a, b) -> a));
    }
}
