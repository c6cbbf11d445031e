package dev.citegraph.scale;

import java.util.List;

/**
 * The sentences of synthetic articles: one template per relationship type, language and stance,
 * and claim-free filler that a curator would leave unquoted. Every sentence ends with its full
 * stop, so no claim sentence is a part of another.
 */
final class Sentences {

    static final List<String> FILLER_EN = List.of(
            "The move comes amid fierce competition in the artificial intelligence industry.",
            "Analysts expect further changes in the coming months.",
            "The company did not respond to a request for comment.",
            "Investors reacted cautiously to the news.",
            "The details were first disclosed at an internal meeting.",
            "Industry observers said the decision had been expected for some time.");
    static final List<String> FILLER_ZH = List.of(
            "业内人士认为，这一调整反映了行业竞争的加剧。",
            "分析人士预计未来几个月还会有更多变化。",
            "公司未回应置评请求。",
            "投资者对此反应谨慎。",
            "相关细节最早在内部会议上披露。",
            "行业观察人士表示，这一决定早在预料之中。");
    static final List<String[]> TITLES = List.of(new String[] {"CEO", "首席执行官"}, new String[] {"CTO", "首席技术官"},
            new String[] {"chief scientist", "首席科学家"}, new String[] {"president", "总裁"},
            new String[] {"chief financial officer", "首席财务官"}, new String[] {"head of research", "研究负责人"},
            new String[] {"chief operating officer", "首席运营官"}, new String[] {"vice president", "副总裁"});
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Sentences() {
    }

    /** A sentence stating the fact, as an article in its language would; attributed to insiders when reported. */
    static String supports(Fact f, boolean reported) {
        String s = f.subject().name(f.chinese());
        String o = f.object().name(f.chinese());
        String sentence = f.chinese() ? switch (f.type()) {
            case "HOLDS_POSITION" -> s + "于" + f.appointed()[0] + "年" + f.appointed()[1] + "月出任" + o + f.title() + "。";
            case "DEVELOPS" -> s + "开发了" + o + "。";
            case "REPORTS_TO" -> s + "向" + o + "汇报。";
            case "COMPETES_WITH" -> s + "与" + o + "存在竞争。";
            case "MEMBER_OF" -> s + "是" + o + "管理团队成员。";
            default -> throw new IllegalArgumentException(f.type());
        } : switch (f.type()) {
            case "HOLDS_POSITION" -> s + " was appointed " + f.title() + " of " + o + " in "
                    + MONTHS.get(f.appointed()[1] - 1) + " " + f.appointed()[0] + ".";
            case "DEVELOPS" -> s + " develops " + o + ".";
            case "REPORTS_TO" -> s + " reports to " + o + ".";
            case "COMPETES_WITH" -> s + " competes with " + o + ".";
            case "MEMBER_OF" -> s + " sits on the leadership team of " + o + ".";
            default -> throw new IllegalArgumentException(f.type());
        };
        if (!reported) {
            return sentence;
        }
        return f.chinese() ? "据知情人士透露，" + sentence : "According to people familiar with the matter, " + sentence;
    }

    /** A sentence denying the fact. */
    static String disputes(Fact f) {
        String s = f.subject().name(f.chinese());
        String o = f.object().name(f.chinese());
        return f.chinese() ? switch (f.type()) {
            case "HOLDS_POSITION" -> o + "否认" + s + "担任其" + f.title() + "。";
            case "DEVELOPS" -> s + "否认正在开发" + o + "。";
            case "REPORTS_TO" -> "发言人表示，" + s + "并不向" + o + "汇报。";
            case "COMPETES_WITH" -> s + "表示其与" + o + "并不存在竞争。";
            case "MEMBER_OF" -> "公司表示，" + s + "并非" + o + "管理团队成员。";
            default -> throw new IllegalArgumentException(f.type());
        } : switch (f.type()) {
            case "HOLDS_POSITION" -> o + " denied that " + s + " is its " + f.title() + ".";
            case "DEVELOPS" -> s + " denied that it develops " + o + ".";
            case "REPORTS_TO" -> s + " does not report to " + o + ", a spokesperson said.";
            case "COMPETES_WITH" -> s + " said it does not compete with " + o + ".";
            case "MEMBER_OF" -> s + " is not on the leadership team of " + o + ", the company said.";
            default -> throw new IllegalArgumentException(f.type());
        };
    }

    static String headline(Fact f) {
        String s = f.subject().name(f.chinese());
        return f.chinese() ? s + "最新动态" : "What the latest moves mean for " + s;
    }
}
