package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.impact.ImpactJob;
import kz.shagym.impact.ImpactJobs;
import kz.shagym.impact.ImpactState;
import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemException;
import kz.shagym.problem.ProblemType;
import kz.shagym.release.Activation;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(VersionsController.class)
@Import(WebConfiguration.class)
class VersionsControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @MockitoBean
    VersionViews views;

    @MockitoBean
    ImpactJobs impacts;

    private static StoredVersion version(String id, VersionState state) {
        return new StoredVersion(id, 2, state, "analyst", Instant.parse("2025-03-19T04:00:00Z"), "7 дней", "v1", null, List.of());
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static VersionViews.VersionView draft() throws Exception {
        RuleSetSource shipped = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        RuleSetSource seven = shipped.with("decision-tables/time-limits.drl.xlsx", TableEdits.edit(
                Files.readAllBytes(Path.of("decision-tables/time-limits.drl.xlsx")), Map.of("TimeLimits!D4", 7)));
        ScenarioReport scenarios = new ScenarioReport(seven.versionId(), 2, 1, List.of(
                new ScenarioReport.Result("S01", "scenarios.xlsx", "Scenarios", 4, "Наурыз", false,
                        List.of(new ScenarioReport.Mismatch("expectReviewDeadline", "Ожидается: последний день рассмотрения",
                                "R4", "2025-03-31", "2025-04-02")), null),
                new ScenarioReport.Result("S02", "scenarios.xlsx", "Scenarios", 5, "Перенос", true, List.of(), null)));
        return new VersionViews.VersionView(version("d2", VersionState.DRAFT), new VersionReport(List.of(), scenarios),
                RuleSetComparison.between(shipped, seven), shipped.versionId());
    }

    @Test
    void draftsShouldShowEachDraftsDiffAndScenariosWithExpectedBesideActual() throws Exception {
        given(views.drafts()).willReturn(List.of(draft()));

        String html = html(mvc.get().uri("/workbench/drafts").with(user("approver").roles("APPROVER")).exchange());

        assertThat(Html.tag(html, "article", "data-version", "d2")).isNotNull();
        assertThat(html).contains("Не прошли 1 из 2 контрольных примеров.", "<td class=\"expected\">2025-03-31</td>",
                "<td class=\"actual\">2025-04-02</td>", "<del>5</del>", "<ins>7</ins>", "activate-submit");
    }

    /** The error page of an unknown version speaks the reader's language, not the API's English detail. */
    @Test
    void anUnknownVersionShouldBeA404InTheReadersLanguage() throws Exception {
        given(views.of("zzz")).willThrow(new kz.shagym.decision.UnknownRuleSetVersion("zzz"));

        for (String lang : List.of("ru", "kk", "en")) {
            MvcTestResult result = mvc.get().uri("/workbench/versions/zzz?lang=" + lang)
                    .with(user("auditor").roles("AUDITOR")).exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            String expected = switch (lang) {
                case "ru" -> "Версии правил «zzz» нет среди сохранённых.";
                case "kk" -> "«zzz» ережелер нұсқасы сақталғандардың арасында жоқ.";
                default -> "No rule set version &#39;zzz&#39; is stored.";
            };
            assertThat(html(result)).as(lang).contains(expected);
        }
    }

    @Test
    void draftsShouldNotOfferActivationToAnAnalyst() throws Exception {
        given(views.drafts()).willReturn(List.of(draft()));

        String html = html(mvc.get().uri("/workbench/drafts").with(user("analyst").roles("ANALYST")).exchange());

        assertThat(html).contains("data-version=\"d2\"").doesNotContain("activate-submit");
    }

    @Test
    void activationShouldActivateAsTheSignedInApproverWithTheReason() {
        given(releases.find("d2")).willReturn(Optional.of(version("d2", VersionState.DRAFT)));
        given(releases.activate("d2", "approver", "Приказ № 7"))
                .willReturn(new Activation(1, "approver", Instant.now(), "v1", "d2", "Приказ № 7"));

        MvcTestResult result = mvc.post().uri("/workbench/versions/d2/activation").param("reason", "Приказ № 7")
                .param("impactSeen", "true").with(user("approver").roles("APPROVER")).with(csrf()).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/versions/d2");
        assertThat(result).flash().containsEntry("successKey", "versions.activated");
    }

    @Test
    void activationWithoutConfirmingTheImpactReportShouldActivateNothingAndAskForIt() {
        given(releases.find("d2")).willReturn(Optional.of(version("d2", VersionState.DRAFT)));

        MvcTestResult result = mvc.post().uri("/workbench/versions/d2/activation").param("reason", "Приказ № 7")
                .with(user("approver").roles("APPROVER")).with(csrf()).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/versions/d2");
        assertThat(result).flash().containsEntry("errorKey", "activate.impact-required");
        then(releases).should(never()).activate(any(), any(), any());
    }

    @Test
    void draftsShouldOfferTheImpactAndLinkItsLatestReportAndAskToConfirmItBeforeActivating() throws Exception {
        given(views.drafts()).willReturn(List.of(draft()));
        given(impacts.latest("d2")).willReturn(Optional.of(new ImpactJob("job-1", "d2", "v1", ImpactState.DONE, 3, 3,
                Instant.parse("2024-03-19T00:00:00Z"), Instant.parse("2025-03-19T00:00:00Z"), 1_000_000, "approver",
                Instant.parse("2025-03-19T04:00:00Z"), Instant.parse("2025-03-19T04:00:01Z"), null, null)));

        String html = html(mvc.get().uri("/workbench/drafts").with(user("approver").roles("APPROVER")).exchange());

        assertThat(html).contains("action=\"/workbench/versions/d2/impact\"", "Посмотреть последствия",
                "href=\"/workbench/versions/d2/impact/job-1\"", "Последний отчёт: Готов",
                "name=\"impactSeen\"", "Я видел(а) отчёт о последствиях этой версии");
    }

    @Test
    void activationRefusedByFourEyesShouldShowTheReasonOnThePage() {
        given(releases.find("d2")).willReturn(Optional.of(version("d2", VersionState.DRAFT)));
        given(releases.activate(any(), any(), any())).willThrow(new FourEyes());

        MvcTestResult result = mvc.post().uri("/workbench/versions/d2/activation").param("impactSeen", "true")
                .with(user("analyst-approver").roles("APPROVER")).with(csrf()).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result).flash().containsEntry("errorText", "Автор не может сам активировать свою версию.");
    }

    @Test
    void activationAsAnAnalystShouldBeForbidden() {
        assertThat(mvc.post().uri("/workbench/versions/d2/activation").with(user("analyst").roles("ANALYST")).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        then(releases).should(never()).activate(any(), any(), any());
    }

    @Test
    void tableShouldShowAStoredTableWithTheFiredRowHighlighted() throws Exception {
        given(releases.find("v1")).willReturn(Optional.of(version("v1", VersionState.ACTIVE)));
        given(releases.file("v1", "decision-tables/routing.drl.xlsx"))
                .willReturn(Optional.of(Files.readAllBytes(Path.of("decision-tables/routing.drl.xlsx"))));

        String html = html(mvc.get().uri("/workbench/versions/v1/table?file=decision-tables/routing.drl.xlsx&sheet=Routing&row=7")
                .with(user("auditor").roles("AUDITOR")).exchange());

        String row = Html.tag(html, "tr", "id", "r-0-Routing-7");
        assertThat(Html.attribute(row, "class")).contains("hit");
        assertThat(html).contains("выделена строка 7 листа «Routing»");
    }

    /** The fixture's R01 ends on 2025-12-31 (an Excel date) and its amendment R23, row 26, begins on 2026-01-01 (text). */
    @Test
    void tableOnTheLawDateOfADecisionShouldMarkTheRowsInForceThenAndGreyTheOthers() throws Exception {
        given(releases.find("v1")).willReturn(Optional.of(version("v1", VersionState.ACTIVE)));
        given(releases.file("v1", "decision-tables/routing.drl.xlsx")).willReturn(Optional.of(Files.readAllBytes(
                Path.of("src/test/resources/tables/routing-amendment-published-in-advance.drl.xlsx"))));

        String html = html(mvc.get().uri("/workbench/versions/v1/table?file=decision-tables/routing.drl.xlsx&sheet=Routing"
                + "&row=26&on=2026-01-05").with(user("auditor").roles("AUDITOR")).exchange());

        assertThat(Html.attribute(Html.tag(html, "tr", "id", "r-0-Routing-26"), "class")).contains("in-force", "hit");
        assertThat(Html.attribute(Html.tag(html, "tr", "id", "r-0-Routing-4"), "class")).contains("out-of-force");
        assertThat(Html.attribute(Html.tag(html, "tr", "id", "r-0-Routing-5"), "class")).contains("in-force")
                .doesNotContain("out-of-force");
        assertThat(Html.attribute(Html.tag(html, "tr", "id", "r-0-Routing-3"), "class")).doesNotContain("in-force");
        assertThat(html).contains("строки, действующие на 05.01.2026, выделены, остальные — серым");
    }

    record Type(String code, ProblemCategory category, String title) implements ProblemType {
    }

    /** What the release package's four-eyes refusal looks like from outside: a 403 problem. */
    static final class FourEyes extends ProblemException {
        FourEyes() {
            super(new Type("SHG-RULESET-403-FOUR-EYES", ProblemCategory.FORBIDDEN, "Four eyes"), "four eyes");
        }

        @Override public String detail() { return "Автор не может сам активировать свою версию."; }
    }
}
