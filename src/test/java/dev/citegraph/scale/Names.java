package dev.citegraph.scale;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dev.citegraph.corpus.NameKey;

/**
 * Names for synthetic people, organizations and products, built from syllable tables in pinyin
 * and Chinese side by side. The registry refuses an alias that another entity already has (case,
 * width and spaces folded, see {@link NameKey}), so every name is checked against every name
 * given so far, the real registry's included, and drawn again on a clash.
 */
final class Names {

    private record Syllable(String pinyin, String hanzi) {
    }

    private static final List<Syllable> SURNAMES = table(
            "Wang 王 Li 李 Zhang 张 Liu 刘 Chen 陈 Yang 杨 Huang 黄 Zhao 赵 Zhou 周 Wu 吴 Xu 徐 Sun 孙 Ma 马 Zhu 朱 Hu 胡 "
                    + "Guo 郭 He 何 Lin 林 Luo 罗 Gao 高 Zheng 郑 Liang 梁 Xie 谢 Song 宋 Tang 唐 Han 韩 Feng 冯 Deng 邓 Cao 曹 Peng 彭");
    private static final List<Syllable> GIVEN = table(
            "Wei 伟 Ming 明 Hua 华 Jun 军 Jie 杰 Tao 涛 Fang 芳 Lei 磊 Yang 洋 Yong 勇 Jing 静 Li 丽 Qiang 强 Xin 欣 Hao 浩 "
                    + "Yu 宇 Chen 晨 Bo 博 Rui 瑞 Kai 凯 Ning 宁 Lan 兰 Feng 峰 Hong 红 Xiao 晓 Yan 燕 Zhi 志 Peng 鹏 Shan 珊 Tian 天");
    private static final List<Syllable> BRAND = table(
            "Hua 华 Xin 新 Tian 天 Zhong 中 Yun 云 Ling 灵 Qi 启 Rui 睿 Shen 深 Hai 海 Jin 金 Long 龙 Guang 光 Xing 星 "
                    + "Chuang 创 Zhi 智 Feng 风 Da 达 Heng 恒 Bo 博 Ke 科 Tong 通 Sheng 盛 Yuan 元");
    private static final List<Syllable> ORG_SUFFIX = List.of(new Syllable("Technology", "科技"),
            new Syllable("Robotics", "机器人"), new Syllable("Cloud", "云计算"), new Syllable("Semiconductor", "半导体"),
            new Syllable("Intelligence", "智能"), new Syllable("Networks", "网络"), new Syllable("Data", "数据"),
            new Syllable("Labs", "实验室"), new Syllable("Software", "软件"), new Syllable("Mobility", "出行"));
    private static final List<Syllable> PRODUCT_WORD = List.of(new Syllable("Model", "大模型"),
            new Syllable("Assistant", "助手"), new Syllable("Engine", "引擎"), new Syllable("Platform", "平台"),
            new Syllable("OS", "操作系统"), new Syllable("Agent", "智能体"), new Syllable("Vision", "视觉"),
            new Syllable("Maps", "地图"));
    private static final List<String> PRODUCT_KINDS = List.of("model", "app", "framework", "platform", "platform", "app",
            "model", "app");

    private final Random random;
    private final Set<String> taken = new HashSet<>();
    private final Set<String> ids = new HashSet<>();

    Names(Random random, List<SyntheticEntity> existing) {
        this.random = random;
        for (SyntheticEntity e : existing) {
            ids.add(e.id());
            taken.add(NameKey.of(e.name()));
            e.aliases().forEach(a -> taken.add(NameKey.of(a)));
        }
    }

    /** A person: "Wang Minghua", aliases 王明华 and the given-name-first "Minghua Wang". */
    SyntheticEntity person() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Syllable surname = pick(SURNAMES);
            Syllable given = random.nextInt(4) == 0 ? pick(GIVEN) : join(pick(GIVEN), pick(GIVEN));
            String name = surname.pinyin() + " " + given.pinyin();
            String zh = surname.hanzi() + given.hanzi();
            String reversed = given.pinyin() + " " + surname.pinyin();
            SyntheticEntity e = claim(new SyntheticEntity(id(name), "Person", null, name, zh, List.of(zh, reversed), true));
            if (e != null) {
                return e;
            }
        }
        throw new IllegalStateException("person names exhausted");
    }

    /** An organization: "Huaxin Robotics", alias 华新机器人. */
    SyntheticEntity organization() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Syllable brand = brand();
            Syllable suffix = pick(ORG_SUFFIX);
            String name = brand.pinyin() + " " + suffix.pinyin();
            String zh = brand.hanzi() + suffix.hanzi();
            SyntheticEntity e = claim(new SyntheticEntity(id(name), "Organization", "company", name, zh, List.of(zh), true));
            if (e != null) {
                return e;
            }
        }
        throw new IllegalStateException("organization names exhausted");
    }

    /** A product: "Lingxi Agent 3", alias 灵犀智能体3. */
    SyntheticEntity product() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Syllable brand = brand();
            int word = random.nextInt(PRODUCT_WORD.size());
            int version = random.nextInt(3) == 0 ? 2 + random.nextInt(4) : 0;
            String v = version == 0 ? "" : String.valueOf(version);
            String name = brand.pinyin() + " " + PRODUCT_WORD.get(word).pinyin() + (v.isEmpty() ? "" : " " + v);
            String zh = brand.hanzi() + PRODUCT_WORD.get(word).hanzi() + v;
            SyntheticEntity e = claim(new SyntheticEntity(id(name), "Product", PRODUCT_KINDS.get(word), name, zh,
                    List.of(zh), true));
            if (e != null) {
                return e;
            }
        }
        throw new IllegalStateException("product names exhausted");
    }

    /** Takes the entity's names if no one has them yet; otherwise null, and the caller draws again. */
    private SyntheticEntity claim(SyntheticEntity e) {
        List<String> keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .map(NameKey::of).toList();
        if (ids.contains(e.id()) || keys.stream().anyMatch(taken::contains) || keys.stream().distinct().count() < keys.size()) {
            return null;
        }
        ids.add(e.id());
        taken.addAll(keys);
        return e;
    }

    private Syllable brand() {
        Syllable first = pick(BRAND);
        Syllable second = pick(BRAND);
        return first.equals(second) ? brand() : join(first, second);
    }

    private static Syllable join(Syllable a, Syllable b) {
        return new Syllable(a.pinyin() + b.pinyin().toLowerCase(Locale.ROOT), a.hanzi() + b.hanzi());
    }

    private static String id(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private Syllable pick(List<Syllable> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<Syllable> table(String pairs) {
        String[] words = pairs.trim().split(" +");
        List<Syllable> table = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i += 2) {
            table.add(new Syllable(words[i], words[i + 1]));
        }
        return List.copyOf(table);
    }
}
