package dev.citegraph.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other form an article gives of a known name, in brackets beside it: a Chinese name or an
 * abbreviation after it ("Wu Yongming (吴泳铭)", "Alibaba Token Hub (ATH)"), or a fuller name before
 * a known one in brackets ("Tongyi Qianwen (Qwen)"). Articles introduce a name this way once and
 * then use either form, so the form is looked for everywhere else in the article too.
 */
final class BracketedForms {

    /** Right after a name: a Chinese name, or an abbreviation / capitalised name, in brackets. */
    private static final Pattern AFTER = Pattern.compile(
            "\\G\\s?[（(]([\\p{IsHan}·]{2,12}|[A-Z][A-Za-z0-9.-]{1,11}(?: [A-Z][A-Za-z0-9.-]*){0,3})[)）]");
    /** Right before "(name)": a Chinese name, or up to four capitalised words. */
    private static final Pattern BEFORE = Pattern.compile(
            "([\\p{IsHan}]{2,12}|(?:[A-Z][A-Za-z0-9-]*\\s){0,3}[A-Z][A-Za-z0-9-]*)\\s?[（(]$");

    private BracketedForms() {
    }

    /** New forms (not yet among {@code names}) with the entity they name. */
    static Map<String, String> of(String text, List<MentionScanner.Match> found, Map<String, String> names,
            Map<String, Corpus.Entity> entities) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (MentionScanner.Match m : found) {
            // An event's names describe it ("creation of the Alibaba Token Hub (ATH)": the bracket names
            // the hub); and the tail of a compound ("Taobao-Tmall (Taotian)") is not what the bracket names.
            if (entities.get(m.entityId()).type().equals("Event") || m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                continue;
            }
            Matcher after = AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
            if (after.lookingAt()) {
                add(forms, names, after.group(1), m.entityId());
            }
            boolean inBrackets = m.end() < text.length() && (text.charAt(m.end()) == ')' || text.charAt(m.end()) == '）');
            // "Alibaba (阿里巴巴)": the name before the bracket is known already, nothing new.
            boolean knownBefore = found.stream().anyMatch(o -> o.end() <= m.start() && m.start() - o.end() <= 2);
            if (inBrackets && !knownBefore) {
                Matcher before = BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
                if (before.find() && !Character.isLowerCase(text.charAt(m.start() - 1)) && !before.group(1).matches("(?:Is|The|A|An|In|Of|And|Or|But) .*")) {
                    add(forms, names, before.group(1), m.entityId());
                }
            }
        }
        return forms;
    }

    private static void add(Map<String, String> forms, Map<String, String> names, String form, String entityId) {
        if (!names.containsKey(form)) {
            forms.putIfAbsent(form, entityId);
        }
    }
}
