package dev.citegraph.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence of an article with the registry names in it, and the rules of {@link ClaimProposer} over them. */
record Sentence(String text, int from, int to, List<MentionScanner.Match> mentions, Map<String, Corpus.Entity> entities,
        Ontology ontology, Corpus.Source source) {

    private static final java.util.Set<String> AGENT_IS_SUBJECT = java.util.Set.of("CHAIRS", "LEADS", "FOUNDED", "DEVELOPS",
            "ANNOUNCED");
    /** Words before a person that say the person founded the organisation meant: "founders Jack Ma and Joe Tsai". */
    private static final List<String> FOUNDERS = List.of("founder", "founders", "co-founder", "co-founders", "创始人");

    /** ", the chief executive of …" after a person, per cue. */
    private static final Map<String, Pattern> TITLE_AFTER = new java.util.concurrent.ConcurrentHashMap<>();

    /** Words that may stand beside a title between an organisation and its holder: "Alibaba's group CTO", "CEO of the". */
    private static final Pattern TITLE_FILLER = Pattern.compile(
            "['’]s|[,:]|\\b(?:the|its|group|former|new|of|at)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean onlyTheTitle(String between, String cue) {
        return TITLE_FILLER.matcher(between).replaceAll(" ").strip().replaceAll("\\s+", " ").equalsIgnoreCase(cue);
    }

    /** "'s" and up to three words: "Meta's Llama", "Alibaba's domestic digital commerce segment". */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "['’]s\\s+(?:(?!(?:from|of|to|with|in|on|by|and|or|the|a|an)\\s)[\\p{L}\\p{N}‑-]+\\s+){0,3}", Pattern.CASE_INSENSITIVE);
    /** A family and its members in brackets: "the Tongyi Qianwen series (Qwen-72B". */
    private static final Pattern FAMILY = Pattern.compile("\\s*(?:series|family|models?)?\\s*[(（]\\s*");

    /** Between an organisation and the title it gives: "Alibaba's CTO", "Alibaba Group CTO", 阿里巴巴集团首席技术官. */
    private static final Pattern OWNER_GAP = Pattern.compile("(?:['’]s)?\\s*(?:group\\s+)?", Pattern.CASE_INSENSITIVE);

    String words() {
        return text.substring(from, to);
    }

    private Corpus.Entity entity(MentionScanner.Match m) {
        return entities.get(m.entityId());
    }

    /** Two names next to each other and close, a cue word between them: "Qwen competes with DeepSeek". */
    List<ClaimProposer.Proposal> cuesBetween(int maxGap) {
        List<ClaimProposer.Proposal> found = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            MentionScanner.Match first = mentions.get(i), second = mentions.get(i + 1);
            if (first.entityId().equals(second.entityId()) || second.start() - first.end() > maxGap) {
                continue;
            }
            // "merged into Alibaba's commerce segment": the cue reaches what the possessive names.
            if (i + 2 < mentions.size() && POSSESSIVE.matcher(text.substring(second.end(), mentions.get(i + 2).start())).matches()) {
                second = mentions.get(i + 2);
            }
            MentionScanner.Match last = second;
            // "Tongyi (通义) … and …": the quote starts with the name, not inside its bracket.
            int quoteFrom = i > 0 && mentions.get(i - 1).entityId().equals(first.entityId())
                    && text.substring(mentions.get(i - 1).end(), first.start()).matches("\\s?[(（]") ? mentions.get(i - 1).start() : first.start();
            String between = text.substring(first.end(), mentions.get(i + 1).start());
            if (between.contains("|")) {
                continue; // another cell of a table
            }
            ontology.relationshipTypes().forEach((type, definition) -> {
                for (String cue : definition.cueList()) {
                    if (!Cues.contains(between, cue) || definition.titleRequired() && !type.equals("HOLDS_POSITION")) {
                        continue;
                    }
                    // A title belongs to the organisation only right beside it ("Alibaba Group CTO Wu", "Wu,
                    // CEO of Aicheng"); "the committee chaired by CEO Wu" leaves the title to titlesBesidePeople.
                    if (type.equals("HOLDS_POSITION") && !onlyTheTitle(between, cue)) {
                        continue;
                    }
                    // "chaired by X": the entity after the cue is the subject, where the type's subject is
                    // the one who acts (chairs, leads, founds); "absorbed by X" keeps the order.
                    boolean passive = cue.endsWith(" by") && AGENT_IS_SUBJECT.contains(type);
                    Corpus.Entity a = entity(passive ? last : first), b = entity(passive ? first : last);
                    if (!ClaimProposer.fits(definition, a, b)) {
                        Corpus.Entity swap = a;
                        a = b;
                        b = swap;
                    }
                    if (ClaimProposer.fits(definition, a, b)) {
                        found.add(ClaimProposer.proposal(source, words(), a, type, b, definition.titleRequired() ? cue : null,
                                quoteFrom, last.end(), "cue '" + cue + "' between " + a.type() + " and " + b.type(),
                                between.length() <= 30 ? 0.8 : 0.6));
                        return;
                    }
                }
            });
        }
        return found;
    }

    /**
     * A position's cue right before a person ("CEO Eddie Wu", "Group CTO Wu Zeming"), or after ("Yan
     * Xiaolei, the chief executive of Hema"): the position is in the organisation named right beside
     * it, or else in the one the article names most.
     */
    List<ClaimProposer.Proposal> titlesBesidePeople(String mainOrganization, Pattern gap) {
        Ontology.RelationshipType holds = ontology.relationshipTypes().get("HOLDS_POSITION");
        List<ClaimProposer.Proposal> found = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionScanner.Match person = mentions.get(i);
            if (!entity(person).type().equals("Person")) {
                continue;
            }
            for (String founder : FOUNDERS) {
                int cueStart = Cues.endsWith(text.substring(Math.max(from, person.start() - 40), person.start()), founder, gap);
                if (cueStart >= 0 && mainOrganization != null) {
                    cueStart += Math.max(from, person.start() - 40);
                    found.add(ClaimProposer.proposal(source, words(), entity(person), "FOUNDED", entities.get(mainOrganization),
                            null, cueStart, person.end(), "'" + founder + "' before a person, of the company the article names most", 0.5));
                    break;
                }
            }
            for (String cue : holds.cueList()) {
                // A registry name that holds the title itself ("CEO Wu Yongming").
                if (Cues.startsWith(text.substring(person.start(), person.end()), cue)) {
                    found.addAll(holding(person, null, cue, person.start(), person.end(), mainOrganization));
                    break;
                }
                int cueStart = Cues.endsWith(text.substring(Math.max(from, person.start() - 40), person.start()), cue, gap);
                if (cueStart >= 0) {
                    cueStart += Math.max(from, person.start() - 40);
                    MentionScanner.Match org = i > 0 && entity(mentions.get(i - 1)).type().equals("Organization")
                            && mentions.get(i - 1).end() <= cueStart
                            && OWNER_GAP.matcher(text.substring(mentions.get(i - 1).end(), cueStart)).matches()
                            ? mentions.get(i - 1) : null;
                    found.addAll(holding(person, org, cue, org == null ? cueStart : org.start(), person.end(), mainOrganization));
                    break;
                }
                Matcher after = TITLE_AFTER.computeIfAbsent(cue, c -> Pattern.compile("^,\\s+(?:the\\s+|its\\s+|a\\s+)?(?:group\\s+)?"
                        + Pattern.quote(c) + "\\s+(?:of|at)(?:\\s+the)?\\s+", Pattern.CASE_INSENSITIVE))
                        .matcher(text.substring(person.end(), Math.min(to, person.end() + 60)));
                if (after.find()) {
                    int cueEnd = person.end() + after.end();
                    MentionScanner.Match org = i + 1 < mentions.size() && mentions.get(i + 1).start() - cueEnd <= 2
                            && entity(mentions.get(i + 1)).type().equals("Organization") ? mentions.get(i + 1) : null;
                    int cueWordEnd = person.end() + after.start() + after.group().toLowerCase().lastIndexOf(cue.toLowerCase()) + cue.length();
                    found.addAll(holding(person, org, cue, person.start(), org == null ? cueWordEnd : org.end(), mainOrganization));
                    break;
                }
            }
        }
        return found;
    }

    private List<ClaimProposer.Proposal> holding(MentionScanner.Match person, MentionScanner.Match org, String cue,
            int quoteFrom, int quoteTo, String mainOrganization) {
        String organization = org != null ? org.entityId() : mainOrganization;
        if (organization == null) {
            return List.of();
        }
        return List.of(ClaimProposer.proposal(source, words(), entity(person), "HOLDS_POSITION", entities.get(organization),
                cue, quoteFrom, quoteTo, org != null ? "title '" + cue + "' beside a person and an organisation"
                        : "title '" + cue + "' beside a person, in the organisation the article names most",
                org != null ? 0.7 : 0.5));
    }

    /**
     * What a possessive says between two names close together: an organisation's product or chip is
     * one it develops ("Meta's Llama"), an organisation's organisation is part of it ("Alibaba's
     * domestic digital commerce segment"); a family's members in brackets are part of it ("the Qwen
     * series (Qwen-72B, Qwen-VL)").
     */
    List<ClaimProposer.Proposal> possessivesAndFamilies() {
        List<ClaimProposer.Proposal> found = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            MentionScanner.Match a = mentions.get(i), b = mentions.get(i + 1);
            Corpus.Entity owner = entity(a), owned = entity(b);
            String between = text.substring(a.end(), b.start());
            if (owner.id().equals(owned.id())) {
                continue;
            }
            if (owner.type().equals("Organization") && POSSESSIVE.matcher(between).matches()) {
                boolean product = owned.type().equals("Product") || owned.type().equals("Chip");
                if (product || owned.type().equals("Organization")) {
                    found.add(ClaimProposer.proposal(source, words(), product ? owner : owned, product ? "DEVELOPS" : "PART_OF",
                            product ? owned : owner, null, a.start(), b.end(), "possessive: " + owner.type() + "'s " + owned.type(), 0.6));
                }
            } else if (owner.type().equals("Product") && owned.type().equals("Product") && FAMILY.matcher(between).matches()) {
                found.add(ClaimProposer.proposal(source, words(), owned, "PART_OF", owner, null, a.start(), b.end(),
                        "a product's members in brackets", 0.6));
            }
        }
        return found;
    }

    /** A name right beside an event's ("… upgrading Tongyi in the April 8 reorganization"): it took part in it. */
    List<ClaimProposer.Proposal> besideEvents(int maxGap) {
        List<ClaimProposer.Proposal> found = new ArrayList<>();
        Ontology.RelationshipType involved = ontology.relationshipTypes().get("INVOLVED_IN");
        for (int i = 0; i < mentions.size(); i++) {
            MentionScanner.Match event = mentions.get(i);
            if (!entity(event).type().equals("Event")) {
                continue;
            }
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= mentions.size()) {
                    continue;
                }
                MentionScanner.Match other = mentions.get(j);
                int gap = j < i ? event.start() - other.end() : other.start() - event.end();
                String between = j < i ? text.substring(other.end(), event.start()) : text.substring(event.end(), other.start());
                if (gap <= maxGap && !between.contains("|") && ClaimProposer.fits(involved, entity(other), entity(event))) {
                    found.add(ClaimProposer.proposal(source, words(), entity(other), "INVOLVED_IN", entity(event), null,
                            Math.min(other.start(), event.start()), Math.max(other.end(), event.end()),
                            "a name beside an event's", 0.5));
                }
            }
        }
        return found;
    }

    /**
     * A table row ("| Alibaba | Tongyi Qianwen (Qwen) |") whose first cell names an organisation and
     * whose other cells name products or chips: what a comparison table says each develops.
     */
    List<ClaimProposer.Proposal> tableRows() {
        List<ClaimProposer.Proposal> found = new ArrayList<>();
        int lineStart = from;
        for (String line : words().split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            if (line.strip().startsWith("|")) {
                int firstCellEnd = text.indexOf('|', text.indexOf('|', lineStart) + 1);
                MentionScanner.Match org = null;
                for (MentionScanner.Match m : mentions) {
                    if (m.start() >= lineStart && m.end() <= lineEnd) {
                        if (m.end() <= firstCellEnd && org == null && entity(m).type().equals("Organization")) {
                            org = m;
                        } else if (org != null && m.start() > firstCellEnd && entity(m).type().matches("Product|Chip")) {
                            found.add(ClaimProposer.proposal(source, line, entity(org), "DEVELOPS", entity(m), null, org.start(),
                                    m.end(), "a table row: an organisation, then its products", 0.5));
                        }
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    /** A name listed with an endpoint of a proposal ("founders Jack Ma and Joe Tsai") stands in the same relationship. */
    List<ClaimProposer.Proposal> listedTogether(List<ClaimProposer.Proposal> found, Pattern listed) {
        List<ClaimProposer.Proposal> all = new ArrayList<>(found), added = new ArrayList<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            MentionScanner.Match a = mentions.get(i), b = mentions.get(i + 1);
            if (!entity(a).type().equals(entity(b).type()) || !listed.matcher(text.substring(a.end(), b.start())).matches()) {
                continue;
            }
            for (MentionScanner.Match[] pair : new MentionScanner.Match[][] {{a, b}, {b, a}}) {
                for (ClaimProposer.Proposal p : List.copyOf(all)) {
                    int qFrom = text.offsetByCodePoints(0, p.start()), qTo = text.offsetByCodePoints(0, p.end());
                    Corpus.Entity known = entity(pair[0]), other = entity(pair[1]);
                    boolean inQuote = pair[0].start() >= qFrom && pair[0].end() <= qTo;
                    boolean subject = p.subject().equals(known.id()), object = p.object().equals(known.id());
                    if (!inQuote || subject == object || p.subject().equals(other.id()) || p.object().equals(other.id())) {
                        continue;
                    }
                    Corpus.Entity s = subject ? other : entities.get(p.subject()), o = object ? other : entities.get(p.object());
                    if (ClaimProposer.fits(ontology.relationshipTypes().get(p.type()), s, o)) {
                        ClaimProposer.Proposal q = ClaimProposer.proposal(source, words(), s, p.type(), o, p.title(),
                                Math.min(qFrom, pair[1].start()), Math.max(qTo, pair[1].end()),
                                "listed with " + known.name() + " (" + p.rule() + ")", p.confidence() * 0.9);
                        added.add(q);
                        all.add(q);
                    }
                }
            }
        }
        return added;
    }
}
