package dev.citegraph.corpus;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Names a new article uses that the registry lacks, proposed as entities for a curator: a Latin
 * name followed by a Chinese one in brackets ("Wu Zeming (吴泽明)"), or a run of capitalised words
 * that an organisation suffix ("… Technology") or a title before it ("CEO …") says is a name.
 * Each gets a proposed type (an organisation suffix, or a title next to the name, says which), the
 * forms seen, and, where it is likely another form of a known entity — the other name order, or
 * the pinyin of its Chinese name — the entity it may be an alias of.
 */
public final class EntityCandidates {

    /** A name to review: add it as an entity, or as an alias of {@code aliasOf}, or drop it. */
    public record Candidate(String name, String type, Set<String> forms, String aliasOf, String basis, int start) {
    }

    private static final Pattern WITH_CHINESE = Pattern.compile(
            "((?:[A-Z][a-z]+)(?:[ -][A-Z][a-z]+){1,3})\\s*[（(]([\\p{IsHan}·]{2,8})[)）]");
    private static final Pattern CAPITALISED = Pattern.compile("\\b([A-Z][a-z]+(?:\\s+(?:[A-Z][a-z]+|of|and)){1,4})\\b");
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(Group|Technology|Technologies|Cloud|Lab|Labs|Committee|Inc|Ltd|Holdings?|Bank|Academy|University|Institute|Unit|Capital|Ventures)$");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(CEO|CTO|CFO|chief [a-z ]+|chairman|president|founder|executive|head)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "This", "That", "These", "It", "In", "On", "At",
            "As", "By", "For", "And", "But", "If", "When", "While", "With", "From", "After", "Before", "Why", "What",
            "How", "Who", "Its", "Their", "His", "Her", "A", "An");
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private EntityCandidates() {
    }

    public static List<Candidate> find(Corpus corpus, String text) {
        Map<String, String> known = new LinkedHashMap<>();
        corpus.entities().forEach(e -> e.nameKeys().forEach(k -> known.putIfAbsent(k, e.id())));
        Map<String, Candidate> found = new LinkedHashMap<>();
        Matcher m = WITH_CHINESE.matcher(text);
        while (m.find()) {
            String latin = m.group(1), chinese = m.group(2);
            if (!known.containsKey(NameKey.of(latin)) && !known.containsKey(NameKey.of(chinese))) {
                add(found, new Candidate(latin, typeOf(latin, text, m.start()), new LinkedHashSet<>(List.of(latin, chinese)),
                        aliasOf(known, latin, chinese), "a Latin name with its Chinese name in brackets", m.start()));
            }
        }
        m = CAPITALISED.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s+", " ");
            String firstWord = name.split(" ")[0];
            if (FUNCTION_WORDS.contains(firstWord) || known.containsKey(NameKey.of(name)) || coveredByKnown(name, known)
                    || sentenceStart(text, m.start()) && name.split(" ").length < 3) {
                continue;
            }
            // Capitalised words alone are too often headings and phrases: only those a suffix or a title types.
            String type = typeOf(name, text, m.start());
            if (!type.equals("unknown")) {
                add(found, new Candidate(name, type, new LinkedHashSet<>(List.of(name)), aliasOf(known, name, null),
                        type.equals("Person") ? "capitalised words after a title" : "capitalised words with an organisation suffix",
                        m.start()));
            }
        }
        return List.copyOf(found.values());
    }

    private static void add(Map<String, Candidate> found, Candidate c) {
        found.merge(NameKey.of(c.name()), c, (a, b) -> {
            a.forms().addAll(b.forms());
            return a;
        });
    }

    /** Organisation by its suffix, person by a title just before it; otherwise left for the curator. */
    private static String typeOf(String name, String text, int at) {
        if (ORGANISATION.matcher(name).find()) {
            return "Organization";
        }
        String before = text.substring(Math.max(0, at - 40), at);
        return TITLE_BEFORE.matcher(before).find() ? "Person" : "unknown";
    }

    /** The known entity this name is likely another form of: the other name order, or the pinyin of the Chinese. */
    private static String aliasOf(Map<String, String> known, String latin, String chinese) {
        String[] words = latin.split("[ -]");
        if (words.length == 2) {
            String reversed = known.get(NameKey.of(words[1] + " " + words[0]));
            if (reversed != null) {
                return reversed;
            }
        }
        if (chinese != null) {
            String pinyin = PINYIN.transliterate(chinese).toLowerCase(Locale.ROOT);
            String byPinyin = known.get(NameKey.of(pinyin));
            if (byPinyin != null) {
                return byPinyin;
            }
        }
        return null;
    }

    /** A run such as "Alibaba Cloud Intelligence" that contains a known name is left to the mentions. */
    private static boolean coveredByKnown(String name, Map<String, String> known) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            StringBuilder part = new StringBuilder();
            for (int j = i; j < words.length; j++) {
                part.append(words[j]);
                if (known.containsKey(NameKey.of(part.toString())) && j > i) {
                    return true;
                }
                part.append(' ');
            }
        }
        return false;
    }

    private static boolean sentenceStart(String text, int at) {
        String before = text.substring(Math.max(0, at - 3), at).strip();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("\n");
    }
}
