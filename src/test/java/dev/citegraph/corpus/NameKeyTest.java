package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseWidthAndWhiteSpaceDoNotMatter() {
        String key = NameKey.of("Wu Zeming");
        assertThat(NameKey.of("wu  zeming")).isEqualTo(key);
        assertThat(NameKey.of("WUZEMING")).isEqualTo(key);
        assertThat(NameKey.of("Ｗｕ　Ｚｅｍｉｎｇ")).isEqualTo(key);
        assertThat(NameKey.of("\tWu\u00A0Zeming\n")).isEqualTo(key);
    }

    @Test
    void chineseNamesPassThroughUnchanged() {
        assertThat(NameKey.of("吴泽明")).isEqualTo("吴泽明");
        assertThat(NameKey.of(" 阿里巴巴 ")).isEqualTo("阿里巴巴");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(NameKey.of("Wu Zeming")).isNotEqualTo(NameKey.of("Wu Yongming"));
        assertThat(NameKey.of("吴泽明")).isNotEqualTo(NameKey.of("吴泳铭"));
    }
}
