package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.decision.DecisionService;
import kz.shagym.release.Releases;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a reader sees, in a real browser: a bad cell brought beside its message with all it holds, the
 * change list with true old and new values, every page in one language and one date format (table text
 * quoted as it stands aside), and the 403 page in the language asked for. Each test starts signed out
 * and makes its own data; screenshots in Russian and Kazakh land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkbenchLanguageBrowserIT {

    private static final Path WORK = Folders.copyOfTheShippedSet();
    private static final String BAD_LIST = "SERVICE_PROVIDER, “QUALITY_CONTROL_BODY”";
    private static Browser browser;

    /**
     * The page's own words, without what it quotes: table cells and grids, codes, names of people and
     * files, comments and reasons people typed, the rules' warnings, and anything in «», “” or "".
     */
    private static final String PAGE_WORDS = """
            const keep = 'h1,h2,h3,h4,label > span,th,button,a.button,.menu a,.langs a.on,.hint,.note,.lead,summary,'
                + '.badge,.flash.ok,.flash.err,caption,legend,dt,.verdict,#error p,.big,[placeholder]';
            const drop = 'code,q,.comment,.reason,table.grid,.warnings,#current-user,.filename,.kv,.where,.msg';
            return [...document.querySelectorAll(keep)].filter(e => !e.closest(drop) && e.getClientRects().length)
                .map(e => { const copy = e.cloneNode(true); copy.querySelectorAll(drop).forEach(x => x.remove());
                            return copy.textContent + ' ' + (e.getAttribute('placeholder') || ''); })
                .join('\\n').replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
            """;
    /** Latin words a Russian or Kazakh page may hold: file kinds and names, a folder, products, people's sign-in names. */
    private static final Pattern LATIN_ALLOWED = Pattern.compile("[\\w.-]*\\.(xlsx|xls|zip|drl|drt|csv)\\b|\\brules/"
            + "|\\bExcel\\b|\\bAPI\\b|\\bCSV\\b|\\bPDF\\b|\\bSHG-[A-Z0-9-]+|\\b(analyst|approver|auditor|client|test)\\b");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]+");
    private static final Pattern ISO_DAY = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

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
    void problemLinkShouldBringTheBadCellBesideItsMessageWithAllItHoldsAndTheChangeListItsTrueValues() throws IOException {
        Browser b = browser();
        b.signIn("analyst");
        b.follow("#nav-check");
        upload(b, TableEdits.edit(Files.readAllBytes(Path.of("decision-tables", "routing.drl.xlsx")),
                Map.of("Routing!J12", BAD_LIST)));

        for (String lang : List.of("ru", "kk")) {
            b.open("/workbench/check?lang=" + lang);
            b.jump(b.find("#problems a.where[href$='-J12']"));
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) b.script("""
                    const c = document.querySelector(':target'), row = c.parentElement, side = row.querySelector('td.side');
                    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
                    return { cell: box(c), side: box(side), number: box(row.querySelector('th.rownum')),
                             head: box(c.closest('table').querySelector('thead')), wrap: box(c.closest('.grid-wrap')),
                             text: c.innerText, message: side.innerText, cut: c.scrollWidth > c.clientWidth,
                             window: window.innerHeight }""");
            assertThat(at.get("text")).isEqualTo(BAD_LIST);
            assertThat(at.get("cut")).as("the whole value, no ellipsis").isEqualTo(false);
            assertThat((String) at.get("message")).contains("J12", "QUALITY_CONTROL_BODY");
            assertThat(edge(at, "cell", 2)).as("left of the sticky messages column").isLessThanOrEqualTo(edge(at, "side", 0));
            assertThat(edge(at, "cell", 0)).as("right of the row numbers").isGreaterThanOrEqualTo(edge(at, "number", 2));
            assertThat(edge(at, "cell", 1)).as("below the column letters").isGreaterThanOrEqualTo(edge(at, "head", 3));
            assertThat(edge(at, "cell", 3)).as("inside the grid").isLessThanOrEqualTo(edge(at, "wrap", 3));
            assertThat(edge(at, "wrap", 1)).as("the column letters in the window").isGreaterThanOrEqualTo(0);
            assertThat(edge(at, "wrap", 3)).isLessThanOrEqualTo(((Number) at.get("window")).doubleValue());
            b.viewport("21-bad-cell-beside-its-message-" + lang);
        }

        WebElement change = b.find("[data-diff-file='decision-tables/routing.drl.xlsx'] tbody.changed[data-key='R09'] "
                + "tr[data-column='competentAddressees']");
        assertThat(change.findElement(org.openqa.selenium.By.tagName("del")).getText())
                .isEqualTo("SERVICE_PROVIDER, QUALITY_CONTROL_BODY");
        assertThat(change.findElement(org.openqa.selenium.By.tagName("ins")).getText()).isEqualTo(BAD_LIST);
        b.signOut();
    }

    @Test
    void everyPageShouldSpeakTheReadersLanguageOnlyWithOneDateFormat() throws IOException {
        String draftId = releases.publish(new RuleSetSource(WorkbenchBrowserIT.sevenWorkingDaysForTheProvider(
                "one language")), "analyst", "Срок рассмотрения: 7 рабочих дней").version().id();
        String decisionId = decisions.decide(new ComplaintFacts("WB-LANG-1", null, Respondent.SERVICE_PROVIDER, null,
                Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, LocalDate.of(2025, 4, 10)),
                null, "approver").decisionId();
        Map<String, List<String>> pages = Map.of(
                "analyst", List.of("/workbench", "/workbench/check", "/workbench/drafts", "/workbench/versions",
                        "/workbench/versions/" + draftId, "/workbench/downloads"),
                "approver", List.of("/workbench", "/workbench/drafts", "/workbench/versions/" + draftId),
                "auditor", List.of("/workbench", "/workbench/audit?complaintId=WB-LANG-1&verify=true",
                        "/workbench/audit/decisions/" + decisionId),
                "client", List.of("/workbench", "/workbench/versions"));
        List<String> mixed = new ArrayList<>();
        Browser b = browser();
        for (var user : pages.entrySet()) {
            b.signIn(user.getKey());
            if (user.getKey().equals("analyst")) {
                b.follow("#nav-check");
                upload(b, TableEdits.edit(Files.readAllBytes(Path.of("decision-tables", "routing.drl.xlsx")),
                        Map.of("Routing!J12", BAD_LIST)));
            }
            for (String lang : List.of("ru", "kk", "en")) {
                for (String page : user.getValue()) {
                    b.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                    mixed.addAll(notIn(lang, user.getKey() + " " + page, b));
                }
                if (!user.getKey().equals("auditor")) {
                    decide(b, lang);
                    mixed.addAll(notIn(lang, user.getKey() + " try", b));
                    assertThat(b.find("[data-field='court']").getText()).as("the court's reason writes days as the page")
                            .doesNotContainPattern(ISO_DAY).contains("31.03.2025");
                }
            }
            if (user.getKey().equals("analyst")) {
                b.open("/workbench/check?lang=kk");
                b.screenshot("22-check-kk");
            }
            b.signOut();
        }
        assertThat(mixed).as("words of another language or ISO days on the page").isEmpty();
    }

    @Test
    void forbiddenPageShouldSpeakTheLanguageAskedFor() {
        Browser b = browser();
        b.signIn("client");
        b.open("/workbench/versions?lang=kk");
        assertThat(b.await("#error").getText()).contains("Қате 403");
        assertThat(b.find("html").getAttribute("lang")).isEqualTo("kk");
        b.screenshot("23-forbidden-kk");
        b.open("/workbench/versions?lang=ru");
        assertThat(b.find("#error").getText()).contains("Ошибка 403", "У вашей роли нет доступа");
        b.open("/workbench/versions");
        assertThat(b.find("#error").getText()).as("remembered").contains("Ошибка 403");
        b.screenshot("23-forbidden-ru");
        b.open("/workbench?lang=ru");
        b.signOut();
    }

    /** The Try form filled as a reader types it, days as the page writes them. */
    private static void decide(Browser b, String lang) {
        b.open("/workbench/try?lang=" + lang);
        b.type("#complaintId", "WB-LANG-" + lang);
        new Select(b.find("#respondent")).selectByValue("SERVICE_PROVIDER");
        new Select(b.find("#receivedBy")).selectByValue("SERVICE_PROVIDER");
        b.type("#receivedOn", "19.03.2025");
        b.type("#asOf", "10.04.2025");
        b.follow("#try-submit");
        b.await("#decision");
    }

    /** What on the current page is not in {@code lang}: Latin words on a Russian or Kazakh page, Cyrillic on an English one. */
    private static List<String> notIn(String lang, String where, Browser b) {
        List<String> found = new ArrayList<>();
        if (!lang.equals(b.find("html").getAttribute("lang"))) {
            found.add(where + " [" + lang + "]: html lang " + b.find("html").getAttribute("lang"));
        }
        String words = (String) b.script(PAGE_WORDS);
        Matcher foreign = lang.equals("en") ? CYRILLIC.matcher(words)
                : LATIN_WORD.matcher(LATIN_ALLOWED.matcher(words).replaceAll(" "));
        while (foreign.find()) {
            found.add(where + " [" + lang + "]: " + foreign.group());
        }
        Matcher iso = ISO_DAY.matcher(words);
        while (iso.find()) {
            found.add(where + " [" + lang + "]: ISO day " + iso.group());
        }
        return found;
    }

    private static double edge(Map<String, Object> at, String box, int index) {
        return ((Number) ((List<?>) at.get(box)).get(index)).doubleValue();
    }

    private static void upload(Browser b, byte[] routing) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("uploads").resolve(Long.toString(System.nanoTime())));
        Path file = Files.write(dir.resolve("routing.drl.xlsx"), routing);
        b.find("#upload-file").sendKeys(file.toAbsolutePath().toString());
        b.follow("#upload-submit");
        b.await("#check-summary");
    }
}
