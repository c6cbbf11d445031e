package dev.citegraph.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.corpus.Corpus;

/**
 * {@code /review}: the draft articles; {@code /review/<source>}: one article with its mentions
 * marked and its proposals beside it, each with accept, reject and edit, sent as the GraphQL
 * mutations by {@code review.js} with the credentials the reviewer enters once. The pages are
 * read from the corpus files, the record of the review; reading them needs no credentials.
 */
@RestController
class ReviewPageController {

    private final ProposalReview review;

    ReviewPageController(ProposalReview review) {
        this.review = review;
    }

    @GetMapping(path = "/review", produces = MediaType.TEXT_HTML_VALUE)
    String drafts() {
        Corpus corpus = review.corpus();
        List<Corpus.Source> drafts = corpus.sources().stream().filter(s -> "draft".equals(s.status())).toList();
        Map<String, Integer> proposed = corpus.claims().stream().filter(c -> c.status().equals("proposed"))
                .collect(Collectors.toMap(Corpus.Claim::sourceId, c -> 1, Integer::sum));
        return ReviewPage.drafts(drafts, proposed);
    }

    // Source ids have no dots, so /review/review.js and review.css stay with the static files.
    @GetMapping(path = "/review/{source:[a-z0-9-]+}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> source(@PathVariable String source) {
        Corpus corpus = review.corpus();
        Corpus.Source found = corpus.sourcesById().get(source);
        if (found == null) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body("no source has the id " + source);
        }
        return ResponseEntity.ok(ReviewPage.source(corpus, found, review.claims(corpus, source), review.candidates(found)));
    }
}
