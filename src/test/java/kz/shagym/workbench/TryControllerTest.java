package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.decision.DecisionService;
import kz.shagym.decision.FactsConfiguration;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.RuleSource;
import kz.shagym.decision.TraceEntry;
import kz.shagym.inforce.Period;
import kz.shagym.release.Releases;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetVersionUnusable;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
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

@WebMvcTest(TryController.class)
@Import({WebConfiguration.class, DecisionCalendars.class, FactsConfiguration.class})
class TryControllerTest {

    private static final RequestPostProcessor APPROVER = user("approver").roles("APPROVER");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    DecisionService decisions;

    @MockitoBean
    Releases releases;

    @MockitoBean
    RuleSetRegistry registry;

    @BeforeEach
    void theDecidingVersionHasTheResearchedCalendar() {
        CompiledRuleSet ruleSet = mock(CompiledRuleSet.class);
        given(ruleSet.calendar()).willReturn(CalendarMonthsTest.CALENDAR);
        given(registry.find(anyString())).willReturn(Optional.of(ruleSet));
        given(releases.list()).willReturn(List.of());
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void tryShouldShowTheAnswerInWordsAndItsDeadlinesOnTheCalendarWithDaysOffGreyed() throws Exception {
        ComplaintFacts facts = Decisions.facts();
        given(decisions.decide(facts, null, "approver")).willReturn(Decisions.sevenDays("d-1"));

        MvcTestResult result = mvc.post().uri("/workbench/try").param("complaintId", "C-7")
                .param("respondent", "SERVICE_PROVIDER").param("receivedBy", "SERVICE_PROVIDER")
                .param("receivedOn", "2025-03-19").param("version", "").with(APPROVER).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        String html = html(result);
        assertThat(html).contains("Направить жалобу и административное дело в орган, рассматривающий жалобу",
                "Вышестоящий административный орган", "7 рабочих дней со дня 19.03.2025, последний день:");
        assertThat(Html.tag(html, "data-field", "review.deadline")).contains("data-date=\"2025-04-02\"");
        assertThat(Html.attribute(Html.tag(html, "td", "data-date", "2025-04-02"), "class")).contains("review");
        assertThat(Html.attribute(Html.tag(html, "td", "data-date", "2025-03-27"), "class")).contains("forwarding");
        String nauryz = Html.tag(html, "td", "data-date", "2025-03-21");
        assertThat(Html.attribute(nauryz, "class")).contains("off");
        assertThat(Html.attribute(nauryz, "title")).isEqualTo("Наурыз мейрамы");
        assertThat(html).contains("/workbench/versions/" + Decisions.VERSION
                + "/table?file=decision-tables/time-limits.drl.xlsx&amp;sheet=TimeLimits&amp;row=4&amp;on=2025-03-19#r-0-TimeLimits-4");
    }

    @Test
    void tryShouldNameTheLawDateAndThePeriodOfEachRowThatDecided() throws Exception {
        given(decisions.decide(Decisions.facts(), null, "approver")).willReturn(Decisions.sevenDays("d-1"));

        String ru = html(tryIn(""));
        String kk = html(tryIn("?lang=kk"));

        assertThat(Html.tag(ru, "dd", "data-field", "lawInForceOn")).contains("data-date=\"2025-03-19\"");
        assertThat(ru).contains("в редакции на 19.03.2025: применены строки таблиц, действующие в этот день", "с 01.01.2025");
        assertThat(kk).contains("01.01.2025 бастап");
    }

    @Test
    void tryShouldSayWhichRowWasNotInForceOnTheLawDateAndSinceOrUntilWhen() throws Exception {
        ComplaintFacts facts = Decisions.facts();
        given(decisions.decide(facts, null, "approver")).willReturn(Decisions.sevenDays("d-1"));
        given(decisions.trace(facts, Decisions.VERSION)).willReturn(List.of(
                new TraceEntry("Routing row 4 (R01)", "R01", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 4),
                        label("Маршрутизация жалоб, строка 4 (R01)", "Шағымдарды бағыттау, 4-жол (R01)", "Routing row 4 (R01)"),
                        false, false, null, new TraceEntry.FailedCondition("validTo", "2024-12-31", "2025-03-19"),
                        new Period(null, LocalDate.of(2024, 12, 31))),
                new TraceEntry("Routing row 26 (R23)", "R23", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 26),
                        label("Маршрутизация жалоб, строка 26 (R23)", "Шағымдарды бағыттау, 26-жол (R23)", "Routing row 26 (R23)"),
                        true, true, null, null, new Period(LocalDate.of(2025, 1, 1), null)),
                new TraceEntry("Routing row 27 (R24)", "R24", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 27),
                        label("Маршрутизация жалоб, строка 27 (R24)", "Шағымдарды бағыттау, 27-жол (R24)", "Routing row 27 (R24)"),
                        false, false, null, new TraceEntry.FailedCondition("validFrom", "2026-01-01", "2025-03-19"),
                        new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));

        String ru = html(tryIn(""));
        String en = html(tryIn("?lang=en"));

        assertThat(traceRow(ru, "R01")).contains("по 31.12.2024",
                "Почему не применилась R01? Она действовала по 31.12.2024, а закон для этой жалобы берётся на 19.03.2025.");
        assertThat(traceRow(ru, "R23")).contains("с 01.01.2025", "data-fired=\"true\"");
        assertThat(traceRow(ru, "R24")).contains("с 01.01.2026 по 31.12.2026", "Она действует с 01.01.2026");
        assertThat(traceRow(en, "R24")).contains("It is in force from 01.01.2026, and the law for this complaint is taken as on 19.03.2025.");
        assertThat(ru).contains("sheet=Routing&amp;row=4&amp;on=2025-03-19");
    }

    @Test
    void tryShouldReadDaysAsThePageWritesThemAndWriteThemBackSoInEveryLanguage() throws Exception {
        ComplaintFacts facts = Decisions.facts();
        given(decisions.decide(facts, null, "approver")).willReturn(Decisions.sevenDays("d-1"));

        MvcTestResult result = mvc.post().uri("/workbench/try?lang=en").param("complaintId", "C-7")
                .param("respondent", "SERVICE_PROVIDER").param("receivedBy", "SERVICE_PROVIDER")
                .param("receivedOn", "19.03.2025").param("version", "").with(APPROVER).with(csrf()).exchange();

        then(decisions).should().decide(facts, null, "approver");
        String field = Html.tag(html(result), "input", "id", "receivedOn");
        assertThat(Html.attribute(field, "value")).isEqualTo("19.03.2025");
        assertThat(Html.attribute(field, "type")).as("a browser's date field shows its system's format").isEqualTo("text");
        assertThat(Html.attribute(field, "placeholder")).isEqualTo("dd.mm.yyyy");
    }

    @Test
    void clientShouldTryADecisionWithoutLinksIntoTheVersionsItMayNotRead() throws Exception {
        ComplaintFacts facts = Decisions.facts();
        given(decisions.decide(facts, null, "client")).willReturn(Decisions.sevenDays("d-1"));

        MvcTestResult result = mvc.post().uri("/workbench/try").param("complaintId", "C-7")
                .param("respondent", "SERVICE_PROVIDER").param("receivedBy", "SERVICE_PROVIDER")
                .param("receivedOn", "19.03.2025").param("version", "")
                .with(user("client").roles("CLIENT")).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        String html = html(result);
        assertThat(html).contains("id=\"decision\"", "7 рабочих дней").doesNotContain("/workbench/versions/", "id=\"version\"");
        assertThat(Html.attribute(Html.tag(html, "a", "class", "source"), "href")).as("not a link to this very page").isNull();
    }

    @Test
    void tryShouldSayForEachTableRowWhetherItAppliedAndWhyNotInThePageLanguage() throws Exception {
        ComplaintFacts facts = Decisions.facts();
        given(decisions.decide(facts, null, "approver")).willReturn(Decisions.sevenDays("d-1"));
        String version = Decisions.sevenDays("d-1").rulesetVersion();
        given(decisions.trace(facts, version)).willReturn(List.of(
                new TraceEntry("Routing row 4 (R01)", "R01", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 4),
                        label("Маршрутизация жалоб, строка 4 (R01)", "Шағымдарды бағыттау, 4-жол (R01)", "Routing row 4 (R01)"),
                        true, true, null, null),
                new TraceEntry("Routing row 8 (R05)", "R05", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 8),
                        label("Маршрутизация жалоб, строка 8 (R05)", "Шағымдарды бағыттау, 8-жол (R05)", "Routing row 8 (R05)"),
                        false, false, null, new TraceEntry.FailedCondition("subject", "ACTION", "DECISION")),
                new TraceEntry("Routing row 9 (R06)", "R06", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 9),
                        label("Маршрутизация жалоб, строка 9 (R06)", "Шағымдарды бағыттау, 9-жол (R06)", "Routing row 9 (R06)"),
                        false, false, null, new TraceEntry.FailedCondition("serviceCode", "PS-1", null)),
                new TraceEntry("Time limits row 4 (T01)", "T01", RuleSource.tableRow("decision-tables/time-limits.drl.xlsx", "TimeLimits", 4),
                        label("Сроки рассмотрения, строка 4 (T01)", "Қарау мерзімдері, 4-жол (T01)", "Time limits row 4 (T01)"),
                        true, false, "Time limits row 10 (T07)", null),
                new TraceEntry("Time limits row 10 (T07)", "T07", RuleSource.tableRow("decision-tables/time-limits.drl.xlsx", "TimeLimits", 10),
                        label("Сроки рассмотрения, строка 10 (T07)", "Қарау мерзімдері, 10-жол (T07)", "Time limits row 10 (T07)"),
                        true, true, null, null)));

        String ru = html(tryIn(""));
        String en = html(tryIn("?lang=en"));

        assertThat(Html.tag(ru, "tr", "data-rule", "R01")).contains("data-fired=\"true\"");
        assertThat(ru).contains("Почему не применилась R05? Столбец «Что обжалуется»: ожидалось Действие, у жалобы Решение.",
                "Почему не применилась R06? Столбец «Код услуги»: ожидалось PS-1, у жалобы не указано.",
                "применилась Сроки рассмотрения, строка 10 (T07)");
        assertThat(traceRow(ru, "R05")).contains("Маршрутизация жалоб, строка 8 (R05)");
        assertThat(en).contains("Why didn&#39;t R05 apply? Column &quot;What is appealed&quot;: expected Action, was Decision.",
                "but Time limits row 10 (T07) applied");
        assertThat(traceRow(en, "R05")).contains("Routing row 8 (R05)").doesNotContain("Маршрутизация");
        assertThat(traceRow(html(tryIn("?lang=kk")), "R05")).contains("Шағымдарды бағыттау, 8-жол (R05)");
        assertThat(Html.tag(ru, "a", "class", "source")).isNotNull();
    }

    /** The trace table's row for one table row id, opening tag to closing tag. */
    private static String traceRow(String html, String id) {
        int start = html.indexOf(Html.tag(html, "tr", "data-rule", id));
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static LocalizedText label(String ru, String kk, String en) {
        return new LocalizedText(ru, kk, en);
    }

    private MvcTestResult tryIn(String query) {
        return mvc.post().uri("/workbench/try" + query).param("complaintId", "C-7")
                .param("respondent", "SERVICE_PROVIDER").param("receivedBy", "SERVICE_PROVIDER")
                .param("receivedOn", "2025-03-19").param("version", "").with(APPROVER).with(csrf()).exchange();
    }

    @Test
    void tryUnderADraftShouldDecideUnderThatVersion() {
        given(decisions.decide(any(), eq("draft-1"), eq("approver"))).willReturn(Decisions.sevenDays("d-2"));

        assertThat(mvc.post().uri("/workbench/try").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "2025-03-19").param("version", "draft-1")
                .with(APPROVER).with(csrf())).hasStatusOk();

        then(decisions).should().decide(any(), eq("draft-1"), eq("approver"));
    }

    @Test
    void tryWhenRegisteredBeforeReceivedShouldMarkTheFieldAndDecideNothing() throws Exception {
        MvcTestResult result = mvc.post().uri("/workbench/try").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "2025-03-19")
                .param("registeredOn", "2025-03-18").with(APPROVER).with(csrf()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("Дата регистрации не может быть раньше даты поступления.", "class=\"invalid\"")
                .doesNotContain("id=\"decision\"");
        then(decisions).should(never()).decide(any(), any(), any());
    }

    @Test
    void tryWhenTheActAndTheQuestionPrecedeReceiptShouldMarkEachFieldLikeTheApiAndDecideNothing() throws Exception {
        MvcTestResult result = mvc.post().uri("/workbench/try").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "2025-03-19")
                .param("favorableActAdoptedOn", "2025-03-18").param("asOf", "2025-03-01")
                .with(APPROVER).with(csrf()).exchange();

        String html = html(result);
        assertThat(errorUnder(html, "favorableActAdoptedOn"))
                .isEqualTo("Благоприятный акт не может быть принят раньше поступления жалобы.");
        assertThat(errorUnder(html, "asOf")).isEqualTo("Дата вопроса не может быть раньше поступления жалобы.");
        assertThat(html).doesNotContain("id=\"decision\"");
        then(decisions).should(never()).decide(any(), any(), any());
    }

    @Test
    void tryWhenReceiptIsInTheYear9999ShouldNameTheSupportedWindowInThePagesLanguage() throws Exception {
        MvcTestResult russian = mvc.post().uri("/workbench/try").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "9999-12-31")
                .with(APPROVER).with(csrf()).exchange();
        MvcTestResult english = mvc.post().uri("/workbench/try?lang=en").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "1999-12-31")
                .with(APPROVER).with(csrf()).exchange();

        assertThat(errorUnder(html(russian), "receivedOn"))
                .isEqualTo("Дата должна быть не раньше 01.01.2000 и не позже 31.12.2100.");
        assertThat(errorUnder(html(english), "receivedOn")).isEqualTo("The date must be from 01.01.2000 to 31.12.2100.");
        then(decisions).should(never()).decide(any(), any(), any());
    }

    @Test
    void tryWhenTheComplaintIdHoldsAControlCharacterShouldRefuseItLikeTheApiInThePagesWords() throws Exception {
        MvcTestResult result = mvc.post().uri("/workbench/try?lang=en").param("complaintId", "C\u00077")
                .param("serviceCode", "svc 1").param("respondent", "SERVICE_PROVIDER")
                .param("receivedBy", "SERVICE_PROVIDER").param("receivedOn", "2025-03-19")
                .param("favorableActFullySatisfies", "true").with(APPROVER).with(csrf()).exchange();

        String html = html(result);
        assertThat(errorUnder(html, "complaintId")).isEqualTo("Printable characters only, no control characters.");
        assertThat(errorUnder(html, "serviceCode")).isEqualTo("Latin letters, digits, _ . - only, at most 32 characters.");
        assertThat(errorUnder(html, "favorableActAdoptedOn")).isEqualTo("Give the date of the favourable act.");
        then(decisions).should(never()).decide(any(), any(), any());
    }

    /** The text of the error shown under the form field {@code id}, or null when there is none. */
    private static String errorUnder(String html, String id) {
        int field = html.indexOf("id=\"" + id + "\"");
        int label = html.indexOf("</label>", field);
        String rest = html.substring(field, label);
        int error = rest.indexOf("class=\"error\">");
        return error < 0 ? null : rest.substring(error + "class=\"error\">".length(), rest.indexOf("</small>", error));
    }

    @Test
    void tryWithoutTheRequiredFactsShouldAskForEachOfThem() throws Exception {
        MvcTestResult result = mvc.post().uri("/workbench/try").param("receivedOn", "19/03/2025")
                .with(APPROVER).with(csrf()).exchange();

        assertThat(html(result)).contains("Заполните это поле.");
        assertThat(errorUnder(html(result), "receivedOn")).isEqualTo("Введите дату в виде ДД.ММ.ГГГГ, например 19.03.2025.");
        then(decisions).should(never()).decide(any(), any(), any());
    }

    @Test
    void tryAsAnAuditorShouldBeForbidden() {
        assertThat(mvc.get().uri("/workbench/try").with(user("auditor").roles("AUDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void tryFormShouldBeInKazakhWhenAsked() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/try?lang=kk").with(APPROVER).exchange();

        assertThat(html(result)).contains("Сынақ шешім", "Көрсетілетін қызметті беруші", "lang=\"kk\"");
        assertThat(result.getResponse().getCookie(WorkbenchConfiguration.LANGUAGE_COOKIE).getValue()).isEqualTo("kk");
    }

    @Test
    void tryWhenTheVersionCannotDecideShouldSayWhyInThePageLanguageAndKeepTheForm() throws Exception {
        given(decisions.decide(Decisions.facts(), null, "approver")).willThrow(new RuleSetVersionUnusable("v9", 3));

        MvcTestResult ru = tryIn("");
        MvcTestResult kk = tryIn("?lang=kk");

        assertThat(ru).hasStatusOk();
        String html = html(ru);
        assertThat(html).contains("Версия v9 хранится, но в её таблицах 3 ошибок; по ней нельзя принимать решения."
                + " [SHG-RULESET-409-UNUSABLE]");
        assertThat(Html.attribute(Html.tag(html, "input", "name", "complaintId"), "value")).isEqualTo("C-7");
        assertThat(html(kk)).contains("v9 нұсқасы сақтаулы, бірақ оның кестелерінде 3 қате бар");
    }

    @Test
    void tryWhenTheDecisionCannotBeRecordedShouldAnswerTheErrorPageWithItsStatus() throws Exception {
        given(decisions.decide(Decisions.facts(), null, "approver"))
                .willThrow(new DecisionNotRecorded(new IllegalStateException("disk full")));

        MvcTestResult result = tryIn("");

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(Html.tag(html(result), "id", "error")).contains("data-code=\"SHG-AUDIT-503\"");
    }
}
