package dev.citegraph.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import dev.citegraph.corpus.Corpus;

/**
 * The review pages as HTML. Every text from the corpus is escaped; the pages hold no script but a
 * link to {@code /review/review.js}, which reads what it needs from {@code data-} attributes, so
 * they work under the strict Content-Security-Policy the review pages are served with.
 */
final class ReviewPage {

    private ReviewPage() {
    }

    static String drafts(List<Corpus.Source> drafts, Map<String, Integer> proposedBySource) {
        StringBuilder html = head("Review new articles", null);
        html.append("<main class=\"list\"><h1>Articles waiting for review</h1>");
        if (drafts.isEmpty()) {
            html.append("<p>No draft articles. Add one with <code>add-article</code> or the <code>addArticle</code> mutation.</p>");
        }
        html.append("<ul id=\"drafts\">");
        for (Corpus.Source s : drafts) {
            html.append("<li><a href=\"/review/").append(e(s.id())).append("\">").append(e(s.title())).append("</a> <span class=\"meta\">")
                    .append(e(s.id())).append(" · ").append(proposedBySource.getOrDefault(s.id(), 0)).append(" proposed claims</span></li>");
        }
        return html.append("</ul></main></body></html>").toString();
    }

    static String source(Corpus corpus, Corpus.Source source, List<ProposalReview.ProposedClaim> proposed,
            List<ProposalReview.CandidateView> candidates) {
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        StringBuilder html = head("Review: " + source.title(), source.id());
        html.append("<main><article><h1>").append(e(source.title())).append("</h1><p class=\"meta\">")
                .append(e(source.id())).append(" · ").append(e(String.valueOf(source.publishedOn()))).append(" · ")
                .append(e(source.status())).append("</p><div id=\"text\">");
        highlighted(html, source.text(), corpus.mentions().stream().filter(m -> m.sourceId().equals(source.id())).toList(),
                candidates, entities);
        html.append("</div></article><aside>");
        html.append("<h2>Proposed claims</h2>");
        Map<String, ProposalReview.ProposedClaim> byId = new TreeMap<>();
        proposed.forEach(p -> byId.put(p.claimId(), p));
        if (byId.isEmpty()) {
            html.append("<p>Nothing proposed is waiting.</p>");
        }
        for (Corpus.Claim c : corpus.claims()) {
            if (byId.containsKey(c.id())) {
                claim(html, c, byId.get(c.id()), entities, corpus.ontology().relationshipTypes().keySet());
            }
        }
        html.append("<h2>New names</h2>");
        if (candidates.isEmpty()) {
            html.append("<p>No names the registry lacks.</p>");
        }
        for (ProposalReview.CandidateView c : candidates) {
            candidate(html, c, corpus.ontology().entityTypes().keySet());
        }
        html.append("<h2>Reviewed</h2><ul class=\"reviewed\">");
        corpus.claims().stream().filter(c -> c.sourceId().equals(source.id()) && !c.status().equals("proposed"))
                .forEach(c -> html.append("<li data-claim=\"").append(e(c.id())).append("\" class=\"").append(e(c.status()))
                        .append("\">").append(e(c.id())).append(": ").append(e(c.status())).append("</li>"));
        return html.append("</ul></aside></main></body></html>").toString();
    }

    private static StringBuilder head(String title, String sourceId) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(e(title)).append("</title><link rel=\"stylesheet\" href=\"/review/review.css\">")
                .append("<script src=\"/review/review.js\" defer></script></head><body");
        if (sourceId != null) {
            html.append(" data-source=\"").append(e(sourceId)).append('"');
        }
        return html.append("><header><a href=\"/review\">All drafts</a>")
                .append("<form id=\"credentials\"><label>Token <input name=\"token\" type=\"password\" autocomplete=\"off\"></label>")
                .append(" or <label>user <input name=\"user\" autocomplete=\"username\"></label>")
                .append(" <label>password <input name=\"password\" type=\"password\" autocomplete=\"current-password\"></label>")
                .append(" <label>reviewer <input name=\"reviewer\" required></label> <button>Use</button>")
                .append(" <span id=\"who\"></span></form><p id=\"status\" role=\"status\"></p></header>");
    }

    /**
     * The text with each mention of a registry entity marked, and the first occurrence of each new
     * name; offsets are code points. Where two would overlap, the earlier one is kept.
     */
    private static void highlighted(StringBuilder html, String text, List<Corpus.Mention> mentions,
            List<ProposalReview.CandidateView> candidates, Map<String, Corpus.Entity> entities) {
        TreeMap<Integer, String[]> spans = new TreeMap<>(); // start -> {end, class, data attribute, value, title}
        for (Corpus.Mention m : mentions) {
            Corpus.Entity entity = entities.get(m.entityId());
            String title = entity == null ? m.entityId() : entity.name() + " (" + entity.type() + ")";
            for (int i = 0; i < m.starts().size(); i++) {
                spans.putIfAbsent(m.starts().get(i), new String[] {m.ends().get(i).toString(), "mention", "data-entity", m.entityId(), title});
            }
        }
        for (ProposalReview.CandidateView c : candidates) {
            if (c.start() != null) {
                spans.putIfAbsent(c.start(), new String[] {c.end().toString(), "candidate", "data-candidate", c.name(),
                        "a name the registry lacks (" + c.type() + ")"});
            }
        }
        int at = 0;
        for (Map.Entry<Integer, String[]> span : spans.entrySet()) {
            int start = span.getKey(), end = Integer.parseInt(span.getValue()[0]);
            if (start < at) {
                continue;
            }
            int from = text.offsetByCodePoints(0, start), to = text.offsetByCodePoints(0, end);
            String[] mark = span.getValue();
            html.append(e(text.substring(text.offsetByCodePoints(0, at), from)))
                    .append("<mark class=\"").append(mark[1]).append("\" ").append(mark[2]).append("=\"").append(e(mark[3]))
                    .append("\" title=\"").append(e(mark[4])).append("\">").append(e(text.substring(from, to))).append("</mark>");
            at = end;
        }
        html.append(e(text.substring(text.offsetByCodePoints(0, at))));
    }

    private static void claim(StringBuilder html, Corpus.Claim c, ProposalReview.ProposedClaim p,
            Map<String, Corpus.Entity> entities, Collection<String> types) {
        html.append("<section class=\"claim\" data-claim=\"").append(e(c.id())).append("\"><p class=\"says\"><b>")
                .append(e(name(entities, c.subject()))).append("</b> <code>").append(e(c.type())).append("</code> <b>")
                .append(e(name(entities, c.object()))).append("</b>");
        if (c.title() != null) {
            html.append(" <i>").append(e(c.title())).append("</i>");
        }
        html.append("</p><blockquote>").append(e(c.quote())).append("</blockquote><p class=\"meta\">").append(e(c.id()))
                .append(" · ").append(e(p.rule() == null ? "written by hand" : p.rule() + " rule, confidence " + p.confidence()))
                .append(" · ").append(e(c.modality())).append(" · [").append(c.start()).append(", ").append(c.end()).append(')');
        if (c.validFrom() != null) {
            html.append(" · from ").append(e(c.validFrom().toString()));
        }
        html.append("</p><div class=\"actions\"><button data-action=\"accept\">Accept</button> ")
                .append("<input name=\"reason\" placeholder=\"reason to reject\"> <button data-action=\"reject\">Reject</button></div>")
                .append("<details><summary>Edit</summary><form class=\"edit\">")
                .append(select("type", types, c.type()))
                .append(input("subject", c.subject())).append(input("object", c.object())).append(input("title", c.title()))
                .append(input("validFrom", c.validFrom() == null ? null : c.validFrom().toString()))
                .append(input("validTo", c.validTo() == null ? null : c.validTo().toString()))
                .append("<label>quote <textarea name=\"quote\">").append(e(c.quote())).append("</textarea></label>")
                .append("<button>Save</button></form></details></section>");
    }

    private static void candidate(StringBuilder html, ProposalReview.CandidateView c, Collection<String> types) {
        html.append("<section class=\"candidate\" data-candidate=\"").append(e(c.name())).append("\"><p><b>").append(e(c.name()))
                .append("</b> <code>").append(e(c.type())).append("</code> ").append(e(String.join(" / ", c.forms())))
                .append("</p><p class=\"meta\">").append(e(c.basis() == null ? "" : c.basis())).append("</p>")
                .append("<form class=\"create\">").append(input("id", ProposalReview.slug(c.name())))
                .append(select("type", types, c.type())).append("<button>Create entity</button></form>")
                .append("<form class=\"merge\">").append(input("into", c.aliasOf())).append("<button>Merge as alias</button></form></section>");
    }

    private static String input(String name, String value) {
        return "<label>" + name + " <input name=\"" + name + "\" value=\"" + e(value == null ? "" : value) + "\"></label>";
    }

    private static String select(String name, Collection<String> options, String selected) {
        StringBuilder html = new StringBuilder("<label>").append(name).append(" <select name=\"").append(name).append("\">");
        if (!options.contains(selected)) {
            html.append("<option value=\"\" selected>choose…</option>");
        }
        options.stream().sorted().forEach(o -> html.append("<option").append(o.equals(selected) ? " selected" : "").append('>')
                .append(e(o)).append("</option>"));
        return html.append("</select></label>").toString();
    }

    private static String name(Map<String, Corpus.Entity> entities, String id) {
        Corpus.Entity entity = id == null ? null : entities.get(id);
        return entity == null ? String.valueOf(id) : entity.name();
    }

    private static String e(String text) {
        return text == null ? "" : htmlEscape(text, "UTF-8");
    }
}
