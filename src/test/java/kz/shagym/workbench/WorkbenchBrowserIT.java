package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import kz.shagym.impact.ImpactEvents;
import kz.shagym.release.Releases;
import kz.shagym.decision.DecisionService;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbench tried as a new user would, in a real browser: an analyst uploads a table with a
 * wrong cell and finds it marked, fixes the set, sees the scenarios pass and the diff, publishes; an
 * approver activates and tries a decision with the new deadline; an auditor finds a decision. Each
 * test is one step of that story on its own: it starts signed out with the shipped set active, and
 * makes the versions and decisions it needs from content no other test stores, so any order works.
 * Screenshots of each screen land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ImpactEvents.class)
class WorkbenchBrowserIT {

    private static final Path WORK = Folders.copyOfTheShippedSet();
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

    @Autowired
    DecisionService decisions;

    @Autowired
    ImpactEvents impactEvents;

    @BeforeAll
    static void chromiumMustBeInstalled() {
        assumeTrue(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed"
                        + " (apt-get install chromium chromium-driver)");
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

    /** Signed out, in Russian, with the shipped set serving: where every step of the story starts. */
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
    void analystUploadingATableWithAWrongCellShouldSeeThatCellMarkedWithARussianMessage() throws IOException {
        Browser b = browser();
        b.open("/workbench");
        assertThat(b.await("#login-form").getText()).contains("Вход в рабочее место");
        b.screenshot("01-login");
        b.signIn("analyst");
        assertThat(b.find("#active-version").getText()).contains("№ 1");
        b.screenshot("02-home-analyst");
        int storedBefore = releases.list().size();

        b.follow("#nav-check");
        upload(b, "routing.drl.xlsx", TableEdits.edit(shipped("routing.drl.xlsx"),
                Map.of("Routing!B4", "MINISTRY", "Routing!I5", 0)));

        String routing = "section[data-file='decision-tables/routing.drl.xlsx'] details[data-sheet='Routing'] ";
        WebElement cell = b.find(routing + "td[data-cell='B4']");
        assertThat(cell.getAttribute("class")).contains("bad");
        assertThat(cell.getText()).isEqualTo("MINISTRY");
        assertThat(cell.getAttribute("title")).contains("«MINISTRY» — недопустимое значение");
        assertThat(b.find(routing + "p.side-msg[data-cell='B4']").getText())
                .contains("недопустимое значение", "SERVICE_PROVIDER, OFFICIAL, STATE_CORPORATION_EMPLOYEE");
        assertThat(b.find(routing + "td[data-cell='I5']").getAttribute("class")).contains("bad");
        assertThat(b.find(routing + "td[data-cell='A4']").getAttribute("class")).doesNotContain("bad");
        assertThat(b.find("#problems").getText()).contains("routing.drl.xlsx › Routing › B4", "SHG-TBL-024",
                "routing.drl.xlsx › Routing › I5", "SHG-TBL-030");
        assertThat(b.find("#verdict").getText()).contains("Найдено ошибок в таблицах: 2");
        assertThat(b.present("#publish-form")).as("no publishing with problems").isFalse();
        assertThat(releases.list()).as("nothing is stored before Publish").hasSize(storedBefore);
        b.screenshot("03-check-broken-cell");
    }

    @Test
    void analystCheckingTheCorrectedSetShouldSeeTheScenariosPassAndTheDiffThenPublishADraft() throws IOException {
        Browser b = browser();
        b.signIn("analyst");
        b.follow("#nav-check");
        upload(b, "seven-days.zip", TableEdits.zip(sevenWorkingDaysForTheProvider("published from the check page")));

        assertThat(b.find("#verdict").getAttribute("class")).contains("ok");
        assertThat(b.find("#scenarios").getAttribute("data-all-passed")).isEqualTo("true");
        assertThat(b.find("#scenarios").getText()).contains("Все контрольные примеры прошли: 35");
        WebElement changed = b.find("[data-diff-file='decision-tables/time-limits.drl.xlsx'] "
                + "tbody.changed[data-key='T01'] tr[data-column='reviewWorkingDays']");
        assertThat(changed.findElement(By.tagName("del")).getText()).isEqualTo("5");
        assertThat(changed.findElement(By.tagName("ins")).getText()).isEqualTo("7");
        assertThat(b.find("[data-diff-file='decision-tables/scenarios.xlsx']").getText()).contains("2025-04-02");
        WebElement d4 = b.find("section[data-file='decision-tables/time-limits.drl.xlsx'] td[data-cell='D4']");
        assertThat(d4.getAttribute("class")).contains("changed");
        assertThat(d4.getAttribute("title")).isEqualTo("7 (Было: 5)");
        b.screenshot("04-check-scenarios-and-diff");

        b.type("#publish-comment", "Срок рассмотрения услугодателем: 7 рабочих дней (проект приказа)");
        b.follow("#publish-submit");
        WebElement version = b.await("#version[data-state='DRAFT']");
        String draftId = version.getAttribute("data-version");
        assertThat(b.find(".flash.ok").getText()).contains("опубликован как черновик");
        assertThat(releases.find(draftId)).hasValueSatisfying(v -> assertThat(v.author()).isEqualTo("analyst"));
        b.screenshot("05-published-draft");
        b.signOut();
    }

    @Test
    void approverShouldSeeTheDraftWithItsDiffAndScenariosAndActivateIt() {
        String draftId = draft("waiting for the approver");
        Browser b = browser();
        b.signIn("approver");
        b.follow("#nav-drafts");
        String draft = "article.draft[data-version='" + draftId + "'] ";
        assertThat(b.await(draft + "#scenarios").getAttribute("data-all-passed")).isEqualTo("true");
        assertThat(b.find(draft + "[data-diff-file='decision-tables/time-limits.drl.xlsx']").getText()).contains("T01");
        b.screenshot("06-drafts-for-approval");

        b.type(draft + ".activate-reason", "Приказ № 7 от 01.03.2025");
        b.find(draft + ".activate-impact-seen").click();
        b.follow(b.find(draft + ".activate-submit"));
        b.await("#version[data-state='ACTIVE']");
        assertThat(b.find(".flash.ok").getText()).contains("введена в действие");
        assertThat(releases.activeId()).contains(draftId);
        b.screenshot("07-activated");
    }

    @Test
    void approverShouldSeeTheImpactOfADraftOnRecordedComplaintsWhileItRunsThenConfirmItAndActivate() throws Exception {
        String draftId = draft("impact seen by the approver");
        for (int i = 0; i < 12; i++) {
            decisions.decide(new ComplaintFacts("WB-IMPACT-" + i, null, Respondent.SERVICE_PROVIDER, null,
                    Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null), null, "client");
        }
        Browser b = browser();
        b.signIn("approver");
        b.open("/workbench/versions/" + draftId);
        assertThat(b.await("#impact-none").getText()).contains("Отчёта о последствиях этой версии ещё нет");
        b.screenshot("15-draft-with-impact-action");

        impactEvents.holdNextJobAtStart();
        // a plain click: the job's page may load itself again before a wait for the old page to go could see it go
        b.find("#impact-run").click();
        impactEvents.awaitHeld();
        // read in one go: the page of a running job loads itself again every second
        List<?> running = new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> (List<?>) b.driver().executeScript(
                "var job = document.querySelector(\"#impact[data-state='RUNNING']\");"
                        + " var bar = document.querySelector('#impact-progress');"
                        + " return job && bar ? [job.dataset.total, bar.max + '', bar.value + '',"
                        + " document.querySelector('#impact-state').textContent] : null;"));
        assertThat(Long.parseLong((String) running.get(0))).isGreaterThanOrEqualTo(12);
        assertThat(running.get(1)).isEqualTo(running.get(0));
        assertThat(running.get(2)).isEqualTo("0");
        assertThat(running.get(3)).isEqualTo("Выполняется");
        b.screenshot("16-impact-running");
        impactEvents.release();

        // the page loads itself again every second until the job is done
        b.await("#impact[data-state='DONE']");
        String changed = b.find("#impact-changed").getText();
        assertThat(Long.parseLong(changed)).isGreaterThanOrEqualTo(12);
        assertThat(b.find("#by-field tr[data-field='review.workingDays']").getAttribute("data-count")).isEqualTo(changed);
        assertThat(b.find("#by-field tr[data-field='outcome']").getAttribute("data-count")).isEqualTo("0");
        assertThat(b.find("#rows-gained-none").getText()).isEqualTo("Таких нет.");
        WebElement example = b.find("#examples details.example[open]");
        assertThat(example.getText()).contains("WB-IMPACT-11");
        assertThat(example.findElement(By.cssSelector("tr.changed[data-field='review.workingDays'] td.active")).getText())
                .isEqualTo("5");
        assertThat(example.findElement(By.cssSelector("tr.changed[data-field='review.workingDays'] td.candidate")).getText())
                .isEqualTo("7");
        assertThat(example.findElement(By.cssSelector("tr[data-field='review.deadline'] td.candidate")).getText())
                .isEqualTo("02.04.2025");
        assertThat(b.present("meta[http-equiv='refresh']")).isFalse();
        b.screenshot("17-impact-report-ru");
        String report = URI.create(b.driver().getCurrentUrl()).getPath();
        b.open(report + "?lang=kk");
        assertThat(b.await("h1").getText()).contains("нұсқаның салдары");
        assertThat(b.find("#by-field").getText()).contains("Қарау мерзімі, жұмыс күні");
        b.screenshot("18-impact-report-kk");
        b.open(report + "?lang=ru");

        b.type("#activate-reason", "Приказ № 8 от 01.04.2025");
        b.find("#activate-impact-seen").click();
        b.follow("#activate-submit");
        b.await("#version[data-state='ACTIVE']");
        assertThat(releases.activeId()).contains(draftId);
        b.signOut();
    }

    @Test
    void approverTryingADecisionShouldSeeTheNewSevenDayDeadlineOnTheCalendar() {
        activated(draft("tried by the approver"), "Приказ № 7 от 01.03.2025");
        Browser b = browser();
        b.signIn("approver");
        b.follow("#nav-try");
        b.await("#try-form");
        b.type("#complaintId", "WB-IT-0004");
        new Select(b.find("#respondent")).selectByValue("SERVICE_PROVIDER");
        new Select(b.find("#receivedBy")).selectByValue("SERVICE_PROVIDER");
        b.setDate("#receivedOn", "2025-03-19");
        b.follow("#try-submit");

        b.await("#decision");
        assertThat(b.find("[data-field='outcome']").getText()).contains("Направить жалобу");
        WebElement review = b.find("[data-field='review.deadline']");
        assertThat(review.getAttribute("data-date")).isEqualTo("2025-04-02");
        assertThat(review.getText()).isEqualTo("02.04.2025");
        assertThat(b.find("[data-field='review']").getText()).contains("7 рабочих дней");
        assertThat(b.find("[data-field='forwarding.deadline']").getAttribute("data-date")).isEqualTo("2025-03-27");
        assertThat(b.find("#calendar td[data-date='2025-04-02']").getAttribute("class")).contains("review");
        WebElement nauryz = b.find("#calendar td[data-date='2025-03-21']");
        assertThat(nauryz.getAttribute("class")).contains("off");
        assertThat(nauryz.getAttribute("title")).containsIgnoringCase("наурыз");
        assertThat(b.find("#calendar td[data-date='2025-03-22']").getAttribute("title")).isEqualTo("еженедельный выходной");
        b.screenshot("08-decision-with-calendar");

        WebElement timeLimitRow = b.driver().findElements(By.cssSelector("table.fired a.source")).stream()
                .filter(a -> a.getAttribute("href").contains("time-limits")).findFirst().orElseThrow();
        b.follow(timeLimitRow);
        WebElement hit = b.await("tr.hit");
        assertThat(hit.getAttribute("data-row")).isEqualTo("4");
        assertThat(hit.getText()).contains("T01", "SERVICE_PROVIDER", "7");
        b.screenshot("09-fired-row-in-its-sheet");
        b.signOut();
    }

    @Test
    void auditorShouldFindThatDecisionReplayItAndSeeTheChainIntact() {
        String complaint = "WB-IT-0005";
        String activeId = activated(draft("audited"), "Приказ № 7 от 01.03.2025");
        String decisionId = decisions.decide(new ComplaintFacts(complaint, null, Respondent.SERVICE_PROVIDER, null,
                Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null), null, "approver").decisionId();
        Browser b = browser();
        b.signIn("auditor");
        b.follow("#nav-audit");
        b.type("#audit-complaint", complaint);
        b.follow("#audit-search");
        WebElement row = b.await("#decisions tr[data-decision='" + decisionId + "']");
        assertThat(row.getText()).contains(complaint, "approver");
        assertThat(b.find("#found-total").getText()).contains("1");
        assertThat(b.find("#audit-export").getAttribute("href")).contains("/workbench/audit/export", "complaintId=" + complaint);
        b.screenshot("10-audit-search");

        b.follow(row.findElement(By.cssSelector("a.open")));
        b.await("#record[data-decision='" + decisionId + "']");
        assertThat(b.find("[data-field='review.deadline']").getAttribute("data-date")).isEqualTo("2025-04-02");
        b.follow("#replay");
        assertThat(b.await(".comparison[data-under='recorded']").getAttribute("data-equal")).isEqualTo("true");
        assertThat(b.find(".comparison[data-under='active']").getAttribute("data-equal")).isEqualTo("true");
        b.screenshot("11-audit-decision-replayed");

        b.open("/workbench/audit?verify=true");
        assertThat(b.await("#verification").getAttribute("data-valid")).isEqualTo("true");

        b.follow("#nav-versions");
        WebElement activation = b.await("#activations tr[data-to='" + activeId + "']");
        assertThat(activation.getText()).contains("approver", "Приказ № 7");
        b.screenshot("12-versions-timeline");

        b.follow("#nav-downloads");
        assertThat(b.await("#templates").getText()).contains("time-limits.drl.xlsx", "scenarios.xlsx");
        assertThat(b.find("#download-zip").getAttribute("href")).endsWith("/workbench/downloads/active-set.zip");
        b.screenshot("13-downloads");
    }

    @Test
    void pageShouldSpeakKazakhAndEnglishWhenAskedAndRememberIt() {
        Browser b = browser();
        b.signIn("auditor");
        b.open("/workbench?lang=kk");
        assertThat(b.await(".menu").getText()).contains("Басты бет", "Шешімдер аудиті");
        b.open("/workbench/versions");
        assertThat(b.find("h1").getText()).isEqualTo("Ереже нұсқалары");
        b.screenshot("14-versions-in-kazakh");
        b.open("/workbench?lang=en");
        assertThat(b.find(".menu").getText()).contains("Home", "Decision audit");
        b.open("/workbench?lang=ru");
        assertThat(b.find(".menu").getText()).contains("Главная");
        b.signOut();
    }

    /** A draft of the seven-day set, published by the analyst; {@code note} makes its content this test's own. */
    private String draft(String note) {
        RuleSetSource source = new RuleSetSource(sevenWorkingDaysForTheProvider(note));
        return releases.publish(source, "analyst", "Срок рассмотрения услугодателем: 7 рабочих дней").version().id();
    }

    /** Activated by the approver, as the page would: the id, for chaining. */
    private String activated(String versionId, String reason) {
        releases.activate(versionId, "approver", reason);
        return versionId;
    }

    private static void upload(Browser b, String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("uploads").resolve(Long.toString(System.nanoTime())));
        Path file = Files.write(dir.resolve(name), bytes);
        b.find("#upload-file").sendKeys(file.toAbsolutePath().toString());
        b.follow("#upload-submit");
        b.await("#check-summary");
    }

    private static byte[] shipped(String table) throws IOException {
        return Files.readAllBytes(Path.of("decision-tables", table));
    }

    /**
     * The whole set with the provider's review period at 7 working days instead of 5, and the
     * scenarios that pin it moved along, so that the set is consistent. {@code note} ends one
     * scenario's description: content that changes no answer but makes each test's version its own.
     */
    static Map<String, byte[]> sevenWorkingDaysForTheProvider(String note) {
        Map<String, byte[]> files = new TreeMap<>(TableEdits.folders(Path.of("rules"), Path.of("decision-tables")));
        files.put("decision-tables/time-limits.drl.xlsx",
                TableEdits.edit(files.get("decision-tables/time-limits.drl.xlsx"), Map.of("TimeLimits!D4", 7,
                        "TimeLimits!J4", "Жалоба, поступившая в адрес услугодателя, подлежит рассмотрению в течение семи"
                                + " рабочих дней со дня её регистрации.",
                        "TimeLimits!K4", "Көрсетілетін қызметті берушінің мекенжайына түскен шағым тіркелген күнінен"
                                + " бастап 7 жұмыс күні ішінде қаралуға тиіс.")));
        Map<String, Object> scenarios = new LinkedHashMap<>();
        // Every scenario that pins the provider's period (rows 4–16, 18, 35, 37) expects 7 days and its new deadline.
        Map<Integer, String> deadlines = new LinkedHashMap<>();
        for (int row : new int[] {4, 6, 7, 8, 12, 13, 14}) {
            deadlines.put(row, "2025-04-02");
        }
        deadlines.put(5, "2025-01-14");
        deadlines.put(15, "2025-04-03");
        deadlines.put(16, "2026-01-13");
        deadlines.put(18, "2024-12-25");
        deadlines.put(35, "2025-04-03");
        deadlines.put(37, "2026-06-05");
        deadlines.forEach((row, date) -> {
            scenarios.put("Scenarios!Q" + row, 7);
            scenarios.put("Scenarios!R" + row, LocalDate.parse(date));
        });
        scenarios.put("Scenarios!B13", "Срок рассмотрения истёк 2 апреля: с 3 апреля считается отказом, суд открыт");
        scenarios.put("Scenarios!L13", LocalDate.parse("2025-04-03"));
        scenarios.put("Scenarios!B14", "В последний день срока рассмотрения (2 апреля) суд ещё закрыт (" + note + ")");
        scenarios.put("Scenarios!L14", LocalDate.parse("2025-04-02"));
        files.put("decision-tables/scenarios.xlsx", TableEdits.edit(files.get("decision-tables/scenarios.xlsx"), scenarios));
        return files;
    }
}
