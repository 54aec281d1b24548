package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.shagym.release.Releases;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each role at its own home page, and what an approver and the folders send to an analyst, tried in
 * a real browser: a draft returned with a reason that its author reads at home and on its page, a
 * rejected one folded away in Versions, the folders holding something other than the active version
 * and made a draft with one button. Every test starts signed out with the shipped set active and makes
 * its own versions. Screenshots in Russian and Kazakh land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchRolesBrowserIT {

    private static final Path WORK = Folders.copyOfTheShippedSet();
    private static final Path TIME_LIMITS = WORK.resolve("decision-tables").resolve("time-limits.drl.xlsx");
    private static Browser browser;

    @DynamicPropertySource
    static void onACopyOfTheShippedSet(DynamicPropertyRegistry registry) {
        registry.add("shagym.rules.rules-dir", () -> WORK.resolve("rules").toString());
        registry.add("shagym.rules.tables-dir", () -> WORK.resolve("decision-tables").toString());
        registry.add("shagym.release.watch-folders", () -> "false");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + WORK.resolve("db/shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @LocalServerPort
    int port;

    @Autowired
    Releases releases;

    @BeforeAll
    static void chromiumMustBeInstalled() {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        Folders.delete(WORK);
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port, Path.of("target", "screenshots"));
        }
        return browser;
    }

    @BeforeEach
    void signedOutWithTheShippedSetActive() {
        String shipped = RuleSetSource.fromFolders(WORK.resolve("rules"), WORK.resolve("decision-tables")).versionId();
        if (!releases.activeId().orElseThrow().equals(shipped)) {
            releases.activate(shipped, "test", "back to the shipped set");
        }
        browser().open("/login?lang=ru");
        browser().driver().manage().deleteAllCookies();
    }

    @Test
    void approverShouldReturnADraftWithAReasonThatItsAuthorReadsAtHomeAndOnItsPage() {
        String draftId = draft("returned for rework");
        String reason = "Укажите основание: приказ № 7 от 01.03.2025, и сверьте казахский текст строки T01";
        Browser b = browser();
        b.signIn("approver");
        WebElement waiting = b.await("#awaiting li[data-version='" + draftId + "']");
        assertThat(b.present("#mine")).as("an approver's home lists the drafts, not uploads").isFalse();
        b.screenshot("31-home-approver-drafts-waiting");
        b.follow(waiting.findElement(By.tagName("a")));

        b.type("#review-reason", reason);
        b.screenshot("32-draft-return-or-reject");
        b.follow("#review-return");
        b.await("#version[data-state='RETURNED']");
        assertThat(b.find("#review-outcome").getText()).contains("Возвращена на доработку", "approver", reason);
        assertThat(b.present("#activate-form")).as("a returned draft cannot be activated").isFalse();
        assertThat(releases.find(draftId).orElseThrow().state()).isEqualTo(VersionState.RETURNED);
        b.signOut();

        b.signIn("analyst");
        WebElement returned = b.await("#returned li[data-version='" + draftId + "']");
        assertThat(returned.getText()).contains("на доработке", "approver", reason);
        b.screenshot("33-home-analyst-returned-ru");
        b.open("/workbench?lang=kk");
        assertThat(b.find("#returned").getText()).contains("Сізге қайтарылды", "пысықтауда", reason);
        b.screenshot("33-home-analyst-returned-kk");
        b.follow(b.find("#returned li[data-version='" + draftId + "'] a"));
        assertThat(b.await("#review-outcome").getText()).contains("Пысықтауға қайтарылды", reason);
        b.screenshot("34-returned-version-kk");
        b.signOut();
    }

    @Test
    void approverShouldRejectADraftAndVersionsShouldFoldRejectedUploadsAwayCounted() {
        String draftId = draft("rejected by the approver");
        Browser b = browser();
        b.signIn("approver");
        b.open("/workbench/versions/" + draftId);
        b.type("#review-reason", "Срок 7 дней не предусмотрен законом");
        b.follow("#review-reject");
        b.await("#version[data-state='REJECTED']");
        assertThat(b.find("#review-outcome").getText()).contains("Отклонена утверждающим", "Срок 7 дней не предусмотрен законом");

        b.follow("#nav-versions");
        WebElement folded = b.await("details#rejected-versions");
        long rejected = releases.list().stream().filter(v -> v.state() == VersionState.REJECTED).count();
        assertThat(folded.getAttribute("data-count")).isEqualTo(Long.toString(rejected));
        assertThat(folded.findElement(By.tagName("summary")).getText()).isEqualTo("Отклонённые загрузки: " + rejected);
        assertThat(b.present("#versions tr[data-version='" + draftId + "']")).isFalse();
        WebElement row = b.find("#rejected tr[data-version='" + draftId + "']");
        assertThat(row.isDisplayed()).as("folded away until asked for").isFalse();
        b.screenshot("35-versions-rejected-folded");
        folded.findElement(By.tagName("summary")).click();
        assertThat(row.isDisplayed()).isTrue();
        b.open("/workbench/versions?lang=kk");
        b.find("details#rejected-versions summary").click();
        assertThat(b.find("details#rejected-versions summary").getText()).startsWith("Қабылданбаған жүктемелер: ");
        b.screenshot("35-versions-rejected-unfolded-kk");
        b.signOut();
    }

    @Test
    void auditorClientAndOperatorShouldEachFindTheirOwnHomePage() {
        Browser b = browser();
        b.signIn("auditor");
        assertThat(b.find(".menu").getText()).doesNotContain("Проверка таблиц", "Черновики", "Пробное решение");
        assertThat(b.present("#awaiting") || b.present("#mine") || b.present("#folders")).isFalse();
        b.screenshot("36-home-auditor-ru");
        b.type("#home-complaint", "WB-ROLES-1");
        b.follow("#home-audit-search");
        assertThat(b.await("#audit-complaint").getAttribute("value")).isEqualTo("WB-ROLES-1");
        b.open("/workbench?lang=kk");
        b.screenshot("36-home-auditor-kk");
        b.signOut();

        b.signIn("client");
        assertThat(b.find(".menu").getText()).contains("Главная", "Пробное решение")
                .doesNotContain("Версии", "Файлы", "Черновики", "Аудит");
        assertThat(b.find("#api-docs a").getAttribute("href")).endsWith("/swagger-ui.html");
        assertThat(b.present("#active-version") || b.present("#actions")).isFalse();
        b.screenshot("37-home-client-ru");
        b.open("/workbench?lang=kk");
        b.screenshot("37-home-client-kk");
        b.follow("#home-try");
        b.type("#complaintId", "WB-ROLES-2");
        new Select(b.find("#respondent")).selectByValue("SERVICE_PROVIDER");
        new Select(b.find("#receivedBy")).selectByValue("SERVICE_PROVIDER");
        b.type("#receivedOn", "19.03.2025");
        b.follow("#try-submit");
        WebElement source = b.await("table.fired a.source");
        assertThat(source.getAttribute("href")).as("a client reads no versions: the row is named, not linked").isNull();
        b.screenshot("38-try-client-kk");
        b.signOut();

        b.signIn("operator");
        assertThat(b.present("#operations")).isTrue();
        b.screenshot("41-home-operator-ru");
        b.open("/workbench?lang=kk");
        b.screenshot("41-home-operator-kk");
        b.signOut();
    }

    @Test
    void foldersHoldingSomethingElseThanTheActiveVersionShouldBeShownAndMadeADraftWithOneButton() throws IOException {
        byte[] shipped = Files.readAllBytes(TIME_LIMITS);
        try {
            Files.write(TIME_LIMITS, TableEdits.edit(shipped, Map.of("TimeLimits!D9", 8)));
            String inFolders = RuleSetSource.fromFolders(WORK.resolve("rules"), WORK.resolve("decision-tables")).versionId();
            Browser b = browser();
            b.signIn("analyst");
            WebElement folders = b.await("#folders");
            assertThat(folders.getAttribute("data-folders")).isEqualTo(inFolders);
            assertThat(folders.getText()).contains("Папка с таблицами и действующая версия различаются",
                    "изменения, которых ещё нет ни в одной версии").doesNotContain(WORK.toString(), "/tmp");
            b.screenshot("39-home-folders-differ-ru");
            b.open("/workbench?lang=kk");
            b.screenshot("39-home-folders-differ-kk");

            b.follow("#folders-draft");
            WebElement version = b.await("#version[data-state='DRAFT']");
            assertThat(version.getAttribute("data-version")).isEqualTo(inFolders);
            assertThat(b.find(".flash.ok").getText()).contains("жобасына айналды");
            assertThat(releases.find(inFolders).orElseThrow().author()).isEqualTo("analyst");
            assertThat(releases.activeId()).as("a draft waits for an approver").isNotEqualTo(inFolders);
            b.open("/workbench?lang=ru");
            assertThat(b.find("#folders").getText()).contains("черновик");
            assertThat(b.present("#folders-draft")).as("already a draft").isFalse();
            b.screenshot("40-home-folders-drafted-ru");
            b.signOut();
        } finally {
            Files.write(TIME_LIMITS, shipped);
        }
    }

    /** A draft of the seven-day set by the analyst; {@code note} makes its content this test's own. */
    private String draft(String note) {
        RuleSetSource source = new RuleSetSource(WorkbenchBrowserIT.sevenWorkingDaysForTheProvider(note));
        return releases.publish(source, "analyst", "Срок рассмотрения услугодателем: 7 рабочих дней").version().id();
    }
}
