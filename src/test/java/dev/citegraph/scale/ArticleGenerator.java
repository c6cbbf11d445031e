package dev.citegraph.scale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes one synthetic article after another. Each introduces a few new entities and makes 25 to 55
 * claims (40 on average: the five real articles make 34 each, so ×1000 is about 200,000 claims), most
 * stating new relationships about its new entities or anyone named before; about a quarter of its claims restate what earlier articles said (so
 * relationships gather citations from several sources), about one in twenty disputes a
 * relationship an earlier article supports (the loader refuses a relationship that is only
 * disputed), one in ten supporting claims is attributed to insiders.
 */
final class ArticleGenerator {

    private static final List<String> SITES_EN = List.of("Synthetic Tech Daily", "Example AI Review", "Scale Test Wire");
    private static final List<String> SITES_ZH = List.of("合成科技报", "示例财经");

    private final Random random;
    private final Registry registry;
    /** Relationships supported so far, per language (a title is a word of the article's language). */
    private final Map<Boolean, List<Fact>> stated = Map.of(true, new ArrayList<>(), false, new ArrayList<>());
    private final Set<String> statedKeys = new HashSet<>();

    ArticleGenerator(Random random, Registry registry) {
        this.random = random;
        this.registry = registry;
    }

    SyntheticArticle next(int number) {
        String id = "syn-%05d".formatted(number);
        boolean chinese = random.nextInt(10) < 3;
        List<SyntheticEntity> fresh = newEntities();
        Map<String, SyntheticArticle.Claim> claims = new LinkedHashMap<>();
        List<Fact> newlyStated = new ArrayList<>();
        int wanted = 25 + random.nextInt(31);
        for (int attempt = 0; claims.size() < wanted && attempt < 4 * wanted; attempt++) {
            List<Fact> earlier = stated.get(chinese);
            double r = random.nextDouble();
            if (r < 0.05 && !earlier.isEmpty()) {
                Fact f = earlier.get(random.nextInt(earlier.size()));
                claims.putIfAbsent(f.key(), new SyntheticArticle.Claim(f, Sentences.disputes(f), null, false, true));
            } else if (r < 0.30 && !earlier.isEmpty()) {
                Fact f = earlier.get(random.nextInt(earlier.size()));
                boolean reported = random.nextInt(10) == 0;
                claims.putIfAbsent(f.key(), new SyntheticArticle.Claim(f, Sentences.supports(f, reported), null, reported, false));
            } else {
                Fact f = newFact(fresh, chinese);
                boolean reported = random.nextInt(10) == 0;
                if (f != null && claims.putIfAbsent(f.key(),
                        new SyntheticArticle.Claim(f, Sentences.supports(f, reported), null, reported, false)) == null) {
                    newlyStated.add(f);
                }
            }
        }
        // Only after the article: an article never disputes what it states itself.
        for (Fact f : newlyStated) {
            if (statedKeys.add(f.key())) {
                stated.get(chinese).add(f);
            }
        }
        List<SyntheticArticle.Claim> list = new ArrayList<>(claims.values());
        String text = text(list, chinese);
        return new SyntheticArticle(id, chinese, Sentences.headline(list.getFirst().fact()),
                registryPick(chinese ? SITES_ZH : SITES_EN), publishedOn(), random.nextInt(50) == 0, text,
                located(list, text));
    }

    /** One to two new people, often a new organization or product; the first article makes one of each. */
    private List<SyntheticEntity> newEntities() {
        List<SyntheticEntity> fresh = new ArrayList<>();
        int people = 1 + random.nextInt(2);
        for (int i = 0; i < people || registry.people.size() < 2; i++) {
            fresh.add(registry.newPerson());
        }
        if (random.nextInt(10) < 6 || registry.organizations.isEmpty()) {
            fresh.add(registry.newOrganization());
        }
        if (random.nextInt(10) < 5 || registry.products.isEmpty()) {
            fresh.add(registry.newProduct());
        }
        return fresh;
    }

    /** A relationship about the article's new entities half of the time, else about anyone; null when it would join an entity to itself. */
    private Fact newFact(List<SyntheticEntity> fresh, boolean chinese) {
        int kind = random.nextInt(100);
        Fact f;
        if (kind < 30) {
            String[] title = Sentences.TITLES.get(random.nextInt(Sentences.TITLES.size()));
            f = new Fact(subject(fresh, "Person", registry.people), "HOLDS_POSITION", registry.anyOrganization(),
                    title[chinese ? 1 : 0], chinese);
        } else if (kind < 50) {
            f = new Fact(subject(fresh, "Organization", registry.organizations), "DEVELOPS",
                    registry.pick(registry.products), null, chinese);
        } else if (kind < 65) {
            f = new Fact(subject(fresh, "Person", registry.people), "REPORTS_TO", registry.pick(registry.people), null,
                    chinese);
        } else if (kind < 85) {
            boolean products = random.nextBoolean();
            f = products
                    ? new Fact(subject(fresh, "Product", registry.products), "COMPETES_WITH", registry.anyProduct(), null, chinese)
                    : new Fact(subject(fresh, "Organization", registry.organizations), "COMPETES_WITH",
                            registry.anyOrganization(), null, chinese);
        } else {
            f = new Fact(subject(fresh, "Person", registry.people), "MEMBER_OF", registry.anyOrganization(), null,
                    chinese);
        }
        return f.subject().id().equals(f.object().id()) ? null : f;
    }

    private SyntheticEntity subject(List<SyntheticEntity> fresh, String type, List<SyntheticEntity> pool) {
        List<SyntheticEntity> ofType = fresh.stream().filter(e -> e.type().equals(type)).toList();
        return !ofType.isEmpty() && random.nextBoolean() ? ofType.get(random.nextInt(ofType.size())) : registry.pick(pool);
    }

    /** The claim sentences with three to six filler sentences among them, in paragraphs of three sentences. */
    private String text(List<SyntheticArticle.Claim> claims, boolean chinese) {
        List<String> sentences = new ArrayList<>(claims.stream().map(SyntheticArticle.Claim::quote).toList());
        List<String> filler = new ArrayList<>(chinese ? Sentences.FILLER_ZH : Sentences.FILLER_EN);
        int fillers = 3 + random.nextInt(4);
        for (int i = 0; i < fillers; i++) {
            sentences.add(1 + random.nextInt(sentences.size()), filler.remove(random.nextInt(filler.size())));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                text.append(i % 3 == 0 ? "\n\n" : chinese ? "" : " ");
            }
            text.append(sentences.get(i));
        }
        return text.append('\n').toString();
    }

    /** Gives each claim the occurrence of its sentence, should the sentence also stand inside another one. */
    private static List<SyntheticArticle.Claim> located(List<SyntheticArticle.Claim> claims, String text) {
        List<SyntheticArticle.Claim> located = new ArrayList<>();
        int from = 0;
        for (SyntheticArticle.Claim c : claims) {
            int own = text.indexOf(c.quote(), from);
            int before = 0;
            int total = 0;
            for (int at = text.indexOf(c.quote()); at >= 0; at = text.indexOf(c.quote(), at + 1)) {
                total++;
                if (at < own) {
                    before++;
                }
            }
            from = own + c.quote().length();
            located.add(total == 1 ? c : new SyntheticArticle.Claim(c.fact(), c.quote(), before + 1, c.reported(), c.disputes()));
        }
        return located;
    }

    private String publishedOn() {
        int year = 2023 + random.nextInt(4);
        // Before the retraction date every retracted synthetic article carries (2026-10-01).
        int month = 1 + random.nextInt(year == 2026 ? 9 : 12);
        return "%d-%02d-%02d".formatted(year, month, 1 + random.nextInt(28));
    }

    private String registryPick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
