package dev.citegraph.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.citegraph.corpus.Corpus;

/**
 * The entities synthetic articles draw on: a few real companies and one real model (so synthetic
 * articles touch the curated part of the graph too), and the people, organizations and products
 * the generator makes as the corpus grows. Synthetic entities are the only subjects of synthetic
 * relationships, so no synthetic claim ever restates, with other dates, a relationship that a
 * real article states.
 */
final class Registry {

    /** Real entities synthetic articles may name as objects, with the Chinese alias the registry lists for each. */
    private static final Map<String, String> REAL = Map.of("alibaba-group", "阿里巴巴集团", "tencent", "腾讯",
            "baidu", "百度", "bytedance", "字节跳动", "deepseek", "深度求索", "google", "谷歌", "nvidia", "英伟达",
            "qwen", "通义千问");

    final List<SyntheticEntity> people = new ArrayList<>();
    final List<SyntheticEntity> organizations = new ArrayList<>();
    final List<SyntheticEntity> products = new ArrayList<>();
    final List<SyntheticEntity> realOrganizations = new ArrayList<>();
    final List<SyntheticEntity> realProducts = new ArrayList<>();
    /** Every synthetic entity in the order made: the order of entities.yaml. */
    final List<SyntheticEntity> made = new ArrayList<>();

    private final Random random;
    private final Names names;

    Registry(Random random, Corpus real) {
        this.random = random;
        List<SyntheticEntity> existing = new ArrayList<>();
        for (Corpus.Entity e : real.entities()) {
            SyntheticEntity entity = new SyntheticEntity(e.id(), e.type(), e.kind(), e.name(),
                    REAL.get(e.id()), e.aliases(), false);
            existing.add(entity);
            if (REAL.containsKey(e.id())) {
                if (!e.aliases().contains(REAL.get(e.id()))) {
                    throw new IllegalStateException(e.id() + " no longer has the alias " + REAL.get(e.id()));
                }
                ("Product".equals(e.type()) ? realProducts : realOrganizations).add(entity);
            }
        }
        realOrganizations.sort(java.util.Comparator.comparing(SyntheticEntity::id));
        realProducts.sort(java.util.Comparator.comparing(SyntheticEntity::id));
        this.names = new Names(random, existing);
    }

    SyntheticEntity newPerson() {
        return add(people, names.person());
    }

    SyntheticEntity newOrganization() {
        return add(organizations, names.organization());
    }

    SyntheticEntity newProduct() {
        return add(products, names.product());
    }

    /** An organization to name as an object: now and then a real one. */
    SyntheticEntity anyOrganization() {
        return random.nextInt(20) == 0 ? pick(realOrganizations) : pick(organizations);
    }

    SyntheticEntity anyProduct() {
        return random.nextInt(20) == 0 ? pick(realProducts) : pick(products);
    }

    SyntheticEntity pick(List<SyntheticEntity> from) {
        return from.get(random.nextInt(from.size()));
    }

    private SyntheticEntity add(List<SyntheticEntity> pool, SyntheticEntity e) {
        pool.add(e);
        made.add(e);
        return e;
    }
}
