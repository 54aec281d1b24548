package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.impact.ImpactJobs;
import kz.shagym.release.Activation;
import kz.shagym.release.FolderNote;
import kz.shagym.release.FolderStatus;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionReview;
import kz.shagym.release.VersionState;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role's home page, the folders' status on it, the folded rejected uploads, and an approver's
 * answer to a draft with its reason as the author reads it back.
 */
@WebMvcTest({HomeController.class, VersionsController.class, DraftReviewController.class})
@Import(WebConfiguration.class)
class HomeAndReviewPagesTest {

    private static final RequestPostProcessor ANALYST = user("analyst").roles("ANALYST");
    private static final RequestPostProcessor APPROVER = user("approver").roles("APPROVER");
    private static final Instant AT = Instant.parse("2025-03-19T04:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @MockitoBean
    VersionViews views;

    @MockitoBean
    ImpactJobs impacts;

    private final StoredVersion active = version("v1", 1, VersionState.ACTIVE, Releases.FOLDERS,
            "first start from /srv/shagym/rules + /srv/shagym/decision-tables");
    private final StoredVersion returned = version("v2", 2, VersionState.RETURNED, "analyst", "7 дней");
    private final StoredVersion waiting = version("v3", 3, VersionState.DRAFT, "analyst", "8 дней");
    private final StoredVersion othersDraft = version("v4", 4, VersionState.DRAFT, "analyst2", null);
    private final StoredVersion rejected = version("v5", 5, VersionState.REJECTED, "analyst", null);

    private static StoredVersion version(String id, long sequence, VersionState state, String author, String comment) {
        return new StoredVersion(id, sequence, state, author, AT, comment, null, null, List.of());
    }

    @BeforeEach
    void versions() {
        given(releases.list()).willReturn(List.of(rejected, othersDraft, waiting, returned, active));
        given(releases.history()).willReturn(List.of(new Activation(1, Releases.FOLDERS, AT, null, "v1",
                FolderNote.FIRST_START.text())));
        given(releases.reviews()).willReturn(Map.of("v2", new VersionReview("v2", VersionState.RETURNED, "approver",
                AT, "Укажите приказ")));
        given(releases.trail(any(Integer.class))).willReturn(List.of());
        given(releases.folders()).willReturn(Optional.of(new FolderStatus("v1", active, "v1")));
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String home(RequestPostProcessor who) throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench").with(who).exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    @Test
    void analystsHomeShouldShowTheirOwnUploadsAndWhatCameBackWithItsReason() throws Exception {
        String html = home(ANALYST);

        assertThat(Html.tag(html, "li", "data-version", "v2")).contains("data-state=\"RETURNED\"");
        assertThat(html).contains("Вернули вам", "Укажите приказ", "Ваши загрузки", "upload-form")
                .doesNotContain("id=\"awaiting\"", "id=\"audit-start\"", "id=\"api-docs\"");
        assertThat(Html.tag(html, "section", "id", "mine")).isNotNull();
        assertThat(html).as("another analyst's draft is not theirs").doesNotContain("data-version=\"v4\"");
        assertThat(html).as("no server path, and the service named in words")
                .contains("папка с таблицами").doesNotContain("/srv/", ">folders<");
    }

    @Test
    void approversHomeShouldListEveryDraftWaiting() throws Exception {
        String html = home(APPROVER);

        assertThat(Html.tag(html, "section", "id", "awaiting")).isNotNull();
        assertThat(html).contains("data-version=\"v3\"", "data-version=\"v4\"", "Открыть черновики (2)")
                .doesNotContain("id=\"mine\"", "id=\"returned\"", "upload-form");
    }

    @Test
    void auditorsHomeShouldOfferTheSearchAndTheChainCheck() throws Exception {
        String html = home(user("auditor").roles("AUDITOR"));

        assertThat(html).contains("id=\"home-complaint\"", "/workbench/audit?verify=true")
                .doesNotContain("id=\"awaiting\"", "id=\"mine\"", "home-try", "id=\"folders\"");
    }

    @Test
    void clientsHomeShouldOfferOnlyTheTryPageAndTheApiDescription() throws Exception {
        String html = home(user("client").roles("CLIENT"));

        assertThat(html).contains("home-try", "/swagger-ui.html", "id=\"nav-try\"")
                .doesNotContain("id=\"active-version\"", "nav-versions", "nav-downloads", "id=\"actions\"");
        then(releases).should(never()).list();
    }

    /**
     * An operator who signs in on the page had only a 403 whose "back to the home page" led to the same 403,
     * without a way to sign out: their home names what they watch, and nothing of the rules' work.
     */
    @Test
    void operatorsHomeShouldLeadToHealthAndMetricsAndNothingElse() throws Exception {
        String html = home(user("operator").roles("OPERATOR"));

        assertThat(Html.tag(html, "section", "id", "operations")).isNotNull();
        assertThat(html).contains("/actuator/health", "/actuator/prometheus", "ops/grafana/shagym.json", "id=\"logout\"")
                .doesNotContain("id=\"active-version\"", "nav-versions", "nav-try", "home-try", "id=\"actions\"",
                        "/swagger-ui.html");
        then(releases).should(never()).list();
    }

    @Test
    void homeShouldSayWhenTheFoldersAndTheActiveVersionDifferAndOfferADraft() throws Exception {
        StoredVersion retired = version("v0", 0, VersionState.RETIRED, Releases.FOLDERS, null);
        given(releases.folders()).willReturn(Optional.of(new FolderStatus("v0", retired, "v1")));

        String html = home(APPROVER);

        assertThat(Html.tag(html, "section", "id", "folders")).contains("data-folders=\"v0\"");
        assertThat(html).contains("различаются", "folders-draft", "/workbench/versions/v0");
    }

    @Test
    void homeShouldNotOfferADraftOfWhatAlreadyWaitsAsOne() throws Exception {
        given(releases.folders()).willReturn(Optional.of(new FolderStatus("v3", waiting, "v1")));

        String html = home(ANALYST);

        assertThat(html).contains("id=\"folders\"").doesNotContain("folders-draft");
    }

    @Test
    void draftFromTheFoldersShouldLeadToTheNewDraft() {
        given(releases.draftFromFolders("analyst")).willReturn(version("v6", 6, VersionState.DRAFT, "analyst", null));

        MvcTestResult result = mvc.post().uri("/workbench/folders/draft").with(ANALYST).with(csrf()).exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/versions/v6");
        assertThat(result).flash().containsEntry("successKey", "folders.drafted");
    }

    @Test
    void versionsShouldFoldTheRejectedUploadsAwayWithTheirCount() throws Exception {
        String html = html(mvc.get().uri("/workbench/versions").with(ANALYST).exchange());

        String folded = html.substring(html.indexOf("id=\"rejected-versions\""));
        assertThat(Html.tag(html, "details", "id", "rejected-versions")).contains("data-count=\"1\"");
        assertThat(folded).contains("Отклонённые загрузки: 1", "data-version=\"v5\"");
        assertThat(html.substring(0, html.indexOf("id=\"rejected-versions\""))).contains("data-version=\"v3\"")
                .doesNotContain("data-version=\"v5\"");
    }

    @Test
    void draftPageShouldOfferTheApproverToReturnOrRejectItWithAReason() throws Exception {
        given(views.of("v3")).willReturn(new VersionViews.VersionView(waiting, new VersionReport(List.of(), null), null, null));

        String approver = html(mvc.get().uri("/workbench/versions/v3").with(APPROVER).exchange());
        String analyst = html(mvc.get().uri("/workbench/versions/v3").with(ANALYST).exchange());

        assertThat(Html.tag(approver, "textarea", "id", "review-reason")).contains("required");
        assertThat(approver).contains("/workbench/versions/v3/return", "/workbench/versions/v3/rejection");
        assertThat(analyst).doesNotContain("review-reason");
    }

    @Test
    void returnedVersionShouldShowItsAuthorWhoSentItBackWhenAndWhy() throws Exception {
        given(views.of("v2")).willReturn(new VersionViews.VersionView(returned, new VersionReport(List.of(), null), null, null));

        String html = html(mvc.get().uri("/workbench/versions/v2?lang=kk").with(ANALYST).exchange());

        assertThat(Html.tag(html, "div", "id", "review-outcome")).contains("data-outcome=\"RETURNED\"");
        assertThat(html).contains("Пысықтауға қайтарылды", "approver, 19.03.2025 ", "Укажите приказ")
                .doesNotContain("review-reason");
    }

    @Test
    void returnShouldPassTheReasonAndShowItsRefusalOnTheDraftsPage() {
        given(releases.returnForRework("v3", "approver", "Укажите приказ"))
                .willReturn(new VersionReview("v3", VersionState.RETURNED, "approver", AT, "Укажите приказ"));

        MvcTestResult returnedOk = mvc.post().uri("/workbench/versions/v3/return").param("reason", "Укажите приказ")
                .with(APPROVER).with(csrf()).exchange();
        MvcTestResult byAnalyst = mvc.post().uri("/workbench/versions/v3/rejection").param("reason", "нет")
                .with(ANALYST).with(csrf()).exchange();

        assertThat(returnedOk).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/workbench/versions/v3");
        assertThat(returnedOk).flash().containsEntry("successKey", "review.returned");
        assertThat(byAnalyst).hasStatus(HttpStatus.FORBIDDEN);
        then(releases).should(never()).reject(any(), any(), any());
    }
}
