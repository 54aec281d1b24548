package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.complaint;
import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import org.junit.jupiter.api.Test;

/** The texts of the shipped tables and rules keep the seed's own wording and the glossary (issue 8, item 4). */
class SeedWordingTest {

    /** "алушы" alone reads as the service recipient; the glossary's term is "көрсетілетін қызметті алушы". */
    private static final Pattern BARE_ALUSHY = Pattern.compile("(?<!қызметті )\\bалушы", Pattern.UNICODE_CHARACTER_CLASS);

    private static List<String> texts(String column) {
        return java.util.stream.Stream.of("Routing", "TimeLimits").flatMap(s -> ShippedRows.of(s).stream())
                .map(r -> r.get(column)).toList();
    }

    @Test
    void routingTextsShouldNameDecisionActionAndInactionWhereTheyQuoteWhoseActsAreAppealed() {
        assertThat(texts("textRu")).noneMatch(t -> t.contains("чьи действия обжалуются"));
        assertThat(ShippedRows.row("Routing", "R01").get("textRu")).contains("чьё решение, действие (бездействие) обжалуется");
        assertThat(ShippedRows.row("Routing", "R01").get("textKk")).contains("шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалатын");
    }

    @Test
    void respondentHeadingsShouldNameDecisionActionAndInactionAsTheSeedDoes() throws java.io.IOException {
        for (String file : List.of("routing.drl.xlsx", "scenarios.xlsx")) {
            try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    java.nio.file.Path.of("decision-tables", file).toFile(), null, true)) {
                List<String> headings = new java.util.ArrayList<>();
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && (cell.getStringCellValue().contains("(respondent)") || cell.getStringCellValue().startsWith("Ч"))) {
                        headings.add(cell.getStringCellValue());
                    }
                })));
                assertThat(headings).as(file).anyMatch(h -> h.equals("Чьё решение, действие (бездействие) обжалуется (respondent)"))
                        .noneMatch(h -> h.contains("Чьи действия"));
            }
        }
    }

    @Test
    void forwardingTextsShouldSendToTheReviewingBodyAsTheLawSaysNotToTheHigherBody() {
        assertThat(ShippedRows.of("Routing")).filteredOn(r -> "FORWARD_TO_REVIEWING_BODY".equals(r.get("outcome")))
                .allSatisfy(r -> {
                    assertThat(r.get("textRu")).contains("в орган, рассматривающий жалобу").doesNotContain("в вышестоящий орган");
                    assertThat(r.get("textKk")).contains("шағымды қарайтын органға");
                });
    }

    @Test
    void rowFourShouldDescribeItsOwnCaseNotRowOnes() {
        Map<String, String> r01 = ShippedRows.row("Routing", "R01");
        Map<String, String> r04 = ShippedRows.row("Routing", "R04");

        assertThat(r04.get("textRu")).isNotEqualTo(r01.get("textRu")).contains("должностному лицу").contains("допущение");
        assertThat(r04.get("textKk")).isNotEqualTo(r01.get("textKk")).contains("лауазымды адамына");
    }

    @Test
    void kazakhTextsShouldNotUseTheBareWordForRecipientForTheReceiverOfTheComplaint() {
        assertThat(texts("textKk")).noneMatch(t -> BARE_ALUSHY.matcher(t).find());
        assertThat(decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19")).explanations())
                .extracting(e -> e.text().kk()).noneMatch(t -> BARE_ALUSHY.matcher(t).find());
    }

    @Test
    void deemedRefusalShouldReadAsARefusalInKazakh() {
        Decision d = decide(new ComplaintFacts(null, null, Respondent.SERVICE_PROVIDER, null, Body.SERVICE_PROVIDER,
                LocalDate.parse("2025-03-19"), null, null, false, LocalDate.parse("2025-04-01")));

        assertThat(d.court().reasonText().kk()).contains("бас тарту").doesNotContain("қабылданбады");
        assertThat(d.explanations()).extracting(e -> e.text().kk()).noneMatch(t -> t.contains("қабылданбады"));
    }

    @Test
    void legalBasesShouldBeGivenInEachLanguageOfTheAnswer() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));
        Explanation routing = d.explanations().get(0);

        assertThat(routing.legalBasisText().ru()).isEqualTo("АППК РК ст. 91 п. 4");
        assertThat(routing.legalBasisText().kk()).isEqualTo("ҚР ӘРПК 91-бап 4-тармақ");
        assertThat(routing.legalBasisText().en()).isEqualTo("APPC Art. 91 p.4");
        assertThat(routing.label().ru()).isEqualTo("Маршрутизация жалоб, строка 4 (R01)");
        assertThat(routing.label().kk()).isEqualTo("Шағымдарды бағыттау, 4-жол (R01)");
        assertThat(d.explanations()).allSatisfy(e -> {
            assertThat(e.legalBasisText().ru()).isNotBlank();
            assertThat(e.legalBasisText().kk()).isNotBlank();
            assertThat(e.legalBasisText().en()).isNotBlank();
            assertThat(e.label().kk()).isNotBlank();
        });
        assertThat(d.explanations()).filteredOn(e -> e.source().drlRule() != null)
                .allSatisfy(e -> assertThat(e.legalBasisText().ru()).doesNotContain("APPC", "Law "));
    }
}
