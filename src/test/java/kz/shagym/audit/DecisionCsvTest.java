package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionCsvTest {

    @Test
    void fieldWhenPlainShouldStayAsItIs() {
        assertThat(DecisionCsv.field("ЖК-2025/001")).isEqualTo("ЖК-2025/001");
        assertThat(DecisionCsv.field("")).isEmpty();
    }

    @Test
    void fieldWhenItHoldsACommaQuoteOrLineBreakShouldBeQuotedWithQuotesDoubled() {
        assertThat(DecisionCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(DecisionCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DecisionCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(DecisionCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void fieldWhenExcelWouldRunItAsAFormulaShouldStartWithAnApostrophe() {
        assertThat(DecisionCsv.field("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(DecisionCsv.field("+7 701")).isEqualTo("'+7 701");
        assertThat(DecisionCsv.field("-1")).isEqualTo("'-1");
        assertThat(DecisionCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DecisionCsv.field("ЖК=1")).isEqualTo("ЖК=1");
    }
}
