package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.decision.LocalizedText;
import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemException;
import kz.shagym.problem.ProblemType;
import kz.shagym.release.BuildTimedOut;
import kz.shagym.release.Checked;
import kz.shagym.release.Published;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionRejected;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(CheckController.class)
@Import(WebConfiguration.class)
class CheckControllerTest {

    private static final LocalizedText R09 = new LocalizedText("Маршрутизация жалоб, строка 12 (R09)",
            "Шағымдарды бағыттау, 12-жол (R09)", "Routing row 12 (R09)");
    private static final LocalizedText R10 = new LocalizedText("Маршрутизация жалоб, строка 13 (R10)",
            "Шағымдарды бағыттау, 13-жол (R10)", "Routing row 13 (R10)");
    private static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    private static final TableProblem MINISTRY = new TableProblem("SHG-TBL-024", "routing.drl.xlsx", "Routing", "B4",
            null, "«MINISTRY» — недопустимое значение. Допустимо: SERVICE_PROVIDER, OFFICIAL, STATE_CORPORATION_EMPLOYEE",
            "«MINISTRY» — жарамсыз мән", "'MINISTRY' is not allowed");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    private RuleSetSource shipped;
    private RuleSetSource broken;
    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void theShippedSetIsActive() throws IOException {
        shipped = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        broken = shipped.with("decision-tables/routing.drl.xlsx", TableEdits.edit(
                Files.readAllBytes(Path.of("decision-tables/routing.drl.xlsx")), Map.of("Routing!B4", "MINISTRY")));
        given(releases.activeSet()).willReturn(shipped);
        given(releases.find(anyString())).willReturn(Optional.empty());
    }

    private MvcTestResult upload(RuleSetSource source, VersionReport report) {
        given(releases.sourceFromUpload(eq("routing.drl.xlsx"), any())).willReturn(source);
        given(releases.check(source)).willReturn(new Checked(null, report));
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/workbench/check")
                .file(new MockMultipartFile("file", "routing.drl.xlsx", null, new byte[] {1, 2, 3}))
                .session(session).with(ANALYST).with(csrf()));
    }

    private String page() {
        return page("");
    }

    private String page(String query) {
        MvcTestResult result = mvc.get().uri("/workbench/check" + query).session(session).with(ANALYST).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void checkWhenACellHasAProblemShouldMarkThatCellWithItsRussianMessageAndStoreNothing() throws Exception {
        assertThat(upload(broken, new VersionReport(List.of(MINISTRY), null))).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/workbench/check");

        String html = page();
        String cell = gridCell(html, "B4");
        assertThat(Html.attribute(cell, "class")).contains("bad");
        assertThat(Html.attribute(cell, "title")).contains("B4: «MINISTRY» — недопустимое значение");
        assertThat(html.split("<td ")).filteredOn(t -> t.matches("(?s)[^>]*class=\"bad[ \"].*")).hasSize(1);
        assertThat(html).contains("routing.drl.xlsx › Routing › B4", "SHG-TBL-024", "Найдено ошибок в таблицах: 1",
                "Контрольные примеры не запускались");
        assertThat(html).doesNotContain("id=\"publish-form\"");
        then(releases).should(never()).publish(any(), any(), any());
    }

    @Test
    void checkWhenEveryScenarioPassesShouldOfferPublishingAndShowTheDiff() {
        upload(broken, accepted(broken));

        String html = page();
        assertThat(html).contains("id=\"publish-form\"", "data-all-passed=\"true\"",
                "data-diff-file=\"decision-tables/routing.drl.xlsx\"", "<del>SERVICE_PROVIDER</del>", "<ins>MINISTRY</ins>");
        assertThat(Html.attribute(Html.tag(html, "name", "versionId"), "value")).isEqualTo(broken.versionId());
    }

    @Test
    void checkWhenScenariosLeaveRowsAndLegalBasesUnreachedShouldListThemBesideTheScenarios() {
        ScenarioReport gaps = new ScenarioReport(broken.versionId(), 1, 1,
                List.of(new ScenarioReport.Result("S01", "scenarios.xlsx", "Scenarios", 4, "пример", true, List.of(), null)),
                List.of(new ScenarioReport.UncoveredRow("Routing row 12 (R09)", "R09", "decision-tables/routing.drl.xlsx",
                        "Routing", 12, R09)),
                List.of(new ScenarioReport.UncoveredLegalBasis("АППК РК ст. 65 (не сверено)",
                        List.of("Routing row 12 (R09)", "Routing row 13 (R10)"),
                        new LocalizedText("АППК РК ст. 65 (не сверено)", "ҚР ӘРПК 65-бап (салыстырылмаған)", "APPC Art. 65 (not verified)"),
                        List.of(R09, R10))));
        upload(broken, new VersionReport(List.of(), gaps));

        String html = page();
        String coverage = Html.tag(html, "div", "id", "coverage");
        assertThat(coverage).contains("data-uncovered-rows=\"1\"", "data-uncovered-bases=\"1\"");
        assertThat(html).contains("Строк, до которых не доходит ни один пример: 1.",
                "decision-tables/routing.drl.xlsx › Routing › строка 12", "data-row-id=\"R09\"",
                "<td>Маршрутизация жалоб, строка 12 (R09)</td>",
                "Правовых оснований, которые не проверяет ни один пример: 1.", "АППК РК ст. 65 (не сверено)",
                "Маршрутизация жалоб, строка 12 (R09), </span>");
        assertThat(page("?lang=kk")).contains("<td>Шағымдарды бағыттау, 12-жол (R09)</td>", "ҚР ӘРПК 65-бап (салыстырылмаған)")
                .doesNotContain("Routing row 12");
    }

    @Test
    void checkWhenACoverageReportPredatesLabelsShouldShowTheRuleNames() {
        ScenarioReport gaps = new ScenarioReport(broken.versionId(), 0, 0, List.of(),
                List.of(new ScenarioReport.UncoveredRow("Routing row 12 (R09)", "R09", "decision-tables/routing.drl.xlsx",
                        "Routing", 12, null)),
                List.of(new ScenarioReport.UncoveredLegalBasis("АППК РК ст. 65", List.of("Routing row 12 (R09)"), null, null)));
        upload(broken, new VersionReport(List.of(), gaps));

        assertThat(page()).contains("<td>Routing row 12 (R09)</td>", "<td>АППК РК ст. 65</td>", "<code>Routing row 12 (R09)</code>");
    }

    @Test
    void checkWhenTheReportPredatesCoverageShouldShowNoCoverage() {
        upload(broken, accepted(broken));

        assertThat(page()).doesNotContain("id=\"coverage\"");
    }

    @Test
    void publishShouldStoreExactlyTheCheckedSetAsTheSignedInAnalyst() {
        upload(broken, accepted(broken));
        given(releases.publish(any(), any(), any())).willReturn(new Published(
                version(broken.versionId(), VersionState.DRAFT), accepted(broken), false));

        assertThat(mvc.post().uri("/workbench/check/publish").param("versionId", broken.versionId())
                .param("comment", " 7 дней ").session(session).with(ANALYST).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/versions/" + broken.versionId());

        then(releases).should().publish(argThat(s -> s.versionId().equals(broken.versionId())), eq("analyst"), eq("7 дней"));
        assertThat(session.getAttribute(UploadedSet.class.getName())).as("forgotten once published").isNull();
    }

    @Test
    void publishWhenThePipelineRejectsTheSetShouldShowTheSameGridWithTheProblems() {
        upload(broken, accepted(broken));
        given(releases.publish(any(), any(), any())).willThrow(new VersionRejected(
                version(broken.versionId(), VersionState.REJECTED), new VersionReport(List.of(MINISTRY), null)));

        assertThat(mvc.post().uri("/workbench/check/publish").param("versionId", broken.versionId())
                .session(session).with(ANALYST).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/check");

        String html = page();
        assertThat(Html.attribute(gridCell(html, "B4"), "class")).contains("bad");
        assertThat(html).doesNotContain("id=\"publish-form\"");
    }

    @Test
    void publishWhenAnotherUploadReplacedTheCheckedOneShouldRefuse() {
        upload(broken, accepted(broken));

        assertThat(mvc.post().uri("/workbench/check/publish").param("versionId", "something-else")
                .session(session).with(ANALYST).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/check");
        then(releases).should(never()).publish(any(), any(), any());
    }

    @Test
    void checkWhenTheFileIsNotATableShouldSayWhyOnThePage() {
        given(releases.sourceFromUpload(any(), any())).willThrow(new NotATable());

        MvcTestResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/workbench/check").file(new MockMultipartFile("file", "notes.txt", null, new byte[] {1}))
                .session(session).with(ANALYST).with(csrf()));

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/check");
        assertThat(result).flash().containsEntry("errorText", "Файл «notes.txt»: ожидается .xlsx, .drl, .drt или .zip всего набора.");
    }

    @Test
    void checkWhenTheBuildOverrunsShouldSaySoInThePagesLanguageAndKeepNothing() {
        given(releases.sourceFromUpload(any(), any())).willReturn(broken);
        given(releases.check(broken)).willThrow(new BuildTimedOut(java.time.Duration.ofMinutes(5)));

        MvcTestResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/workbench/check").file(new MockMultipartFile("file", "routing.drl.xlsx", null, new byte[] {1}))
                .param("lang", "kk").session(session).with(ANALYST).with(csrf()));

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/check");
        assertThat(result).flash().containsEntry("errorText", "Жиынтықты тексеру 300 с ішінде аяқталмады және тоқтатылды. "
                + "Ештеңе сақталмады; қолданыстағы нұсқа жұмысын жалғастыруда. Кейінірек қайталаңыз немесе кестені "
                + "кішірейтіңіз. [SHG-BUILD-503]");
        assertThat(session.getAttribute(UploadedSet.class.getName())).isNull();
    }

    @Test
    void checkAsAnApproverOrWithoutCsrfShouldBeRefused() {
        assertThat(mvc.post().uri("/workbench/check").with(user("approver").roles("APPROVER")).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/workbench/check/publish").param("versionId", "x").with(ANALYST))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String gridCell(String html, String ref) {
        return Html.tag(html, "td", "data-cell", ref);
    }

    /** What the release package's (private) InvalidUpload looks like from outside: a 400 problem. */
    static final class NotATable extends ProblemException {
        NotATable() {
            super(new Type("SHG-RULESET-400", ProblemCategory.BAD_REQUEST, "Invalid upload"), "not a table");
        }

        @Override public String detail() { return "Файл «notes.txt»: ожидается .xlsx, .drl, .drt или .zip всего набора."; }
    }

    record Type(String code, ProblemCategory category, String title) implements ProblemType {
    }

    private static VersionReport accepted(RuleSetSource source) {
        return new VersionReport(List.of(), new ScenarioReport(source.versionId(), 1, 1,
                List.of(new ScenarioReport.Result("S01", "scenarios.xlsx", "Scenarios", 4, "пример", true, List.of(), null))));
    }

    private static StoredVersion version(String id, VersionState state) {
        return new StoredVersion(id, 2, state, "analyst", Instant.parse("2025-03-19T04:00:00Z"), null, null, null, List.of());
    }
}
