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
    private static final Pattern ONE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.])([A-Z][A-Za-z0-9]*[A-Za-z0-9](?:\\.[a-z]{2,3})?)(?![\\p{L}\\p{N}])");
    /** Capitalised for grammar or as common abbreviations, not as names of their own. */
    private static final Set<String> COMMON_CAPITALS = Set.of("CEO", "CTO", "CFO", "COO", "AI", "GPU", "GPUs", "CPU", "API", "LLM",
            "LLMs", "IPO", "US", "USA", "UK", "EU", "PR", "HR", "IT", "R&D", "OK", "TV", "PC", "I", "II", "III", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Chinese", "American", "Western",
            "English", "Group", "Chief", "Officer", "CTOs", "CEOs", "AND", "THE", "OF");
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private EntityCandidates() {
    }

    public static List<Candidate> find(Corpus corpus, String text) {
        Map<String, String> known = new LinkedHashMap<>();
        corpus.entities().forEach(e -> e.nameKeys().forEach(k -> known.putIfAbsent(k, e.id())));
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<Integer, Boolean> headings = new java.util.HashMap<>();
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
          // "Jack Ma and Joe Tsai", "Tencent Cloud and Baidu": names listed together are names one by one.
          int partAt = m.start();
          for (String part : m.group(1).replaceAll("\\s+", " ").split(" and ")) {
            String name = part.replaceAll(" (?:of|and)$", "");
            int at = partAt;
            partAt += part.length() + 5;
            if (!name.contains(" ")) {
                continue; // single words are weighed below, by their shape and use
            }
            String firstWord = name.split(" ")[0];
            if (FUNCTION_WORDS.contains(firstWord) || known.containsKey(NameKey.of(name)) || coveredByKnown(name, known)
                    || sentenceStart(text, at) && name.split(" ").length < 3) {
                continue;
            }
            // Headings capitalise every word: there, only names a suffix or a title types.
            String type = typeOf(name, text, at);
            if (!type.equals("unknown") || !inHeading(text, at, headings)) {
                add(found, new Candidate(name, type, new LinkedHashSet<>(List.of(name)), aliasOf(known, name, null),
                        type.equals("Person") ? "capitalised words after a title"
                                : type.equals("Organization") ? "capitalised words with an organisation suffix"
                                : "capitalised words inside a sentence", at));
            }
          }
        }
        Set<String> lowerCaseWords = new java.util.HashSet<>(), partsOfKnownNames = new java.util.HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCaseWords.add(w);
            }
        }
        corpus.entities().forEach(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .forEach(n -> partsOfKnownNames.addAll(List.of(n.split("[\\s-]+")))));
        Map<String, Integer> insideSentences = new java.util.HashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        m = ONE_WORD.matcher(text);
        while (m.find()) {
            if (!sentenceStart(text, m.start()) && !inHeading(text, m.start(), headings)) {
                insideSentences.merge(m.group(1), 1, Integer::sum);
                firstAt.putIfAbsent(m.group(1), m.start());
            }
        }
        firstAt.forEach((word, at) -> {
            boolean shaped = word.length() >= 3 && word.chars().skip(1).anyMatch(Character::isUpperCase);
            boolean used = insideSentences.get(word) >= 2 && !lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
            if ((shaped || used) && !known.containsKey(NameKey.of(word)) && !found.containsKey(NameKey.of(word))
                    && !COMMON_CAPITALS.contains(word) && !partsOfKnownNames.contains(word) && !coveredByFound(word, found)) {
                add(found, new Candidate(word, typeOf(word, text, at), new LinkedHashSet<>(List.of(word)), null,
                        shaped ? "a word shaped like a name (a capital inside it)" : "a word capitalised inside sentences, never in lower case",
                        at));
            }
        });
        return List.copyOf(found.values());
    }

    private static boolean coveredByFound(String word, Map<String, Candidate> found) {
        return found.values().stream().anyMatch(c -> c.name().contains(" ") && List.of(c.name().split(" ")).contains(word));
    }

    /** A line most of whose words are capitalised is a heading or a title ("The Real Reason Alibaba Promoted …"). */
    private static boolean inHeading(String text, int at, Map<Integer, Boolean> headings) {
        int start = text.lastIndexOf('\n', at) + 1;
        return headings.computeIfAbsent(start, s -> {
            int end = text.indexOf('\n', s);
            String line = text.substring(s, end < 0 ? text.length() : end).strip();
            String[] words = line.split("\\s+");
            long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
            boolean sentence = line.endsWith(".") || line.endsWith("?") || line.endsWith("!") || line.endsWith("。");
            return (words.length >= 4 || !sentence) && capitalised * 10 >= words.length * 6;
        });
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
