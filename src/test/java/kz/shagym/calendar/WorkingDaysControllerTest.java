package kz.shagym.calendar;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(WorkingDaysController.class)
@WithMockUser
class WorkingDaysControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CalendarSource calendars;

    @BeforeEach
    void activeCalendarIsTheResearchedOne() {
        given(calendars.current()).willReturn(ResearchedCalendar.withDefaultConvention());
    }

    @Test
    void workingDaysOverNauryzShouldAnswerTheDeadlineAndTheSkippedDaysWithReasons() throws Exception {
        mvc.perform(workingDays("2025-03-19", "3"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json(golden("working-days-forward-over-nauryz.json"), JsonCompareMode.STRICT));
    }

    @Test
    void workingDaysPastTheLastCoveredYearShouldWarnInRussianAndKazakh() throws Exception {
        mvc.perform(workingDays("2027-12-29", "5"))
                .andExpect(status().isOk())
                .andExpect(content().json(golden("working-days-beyond-calendar.json"), JsonCompareMode.STRICT));
    }

    @Test
    void workingDaysShouldAnswerTheConventionOfTheActiveCalendar() throws Exception {
        given(calendars.current()).willReturn(ResearchedCalendar.with(CountingConvention.EVENT_DAY_INCLUDED));

        mvc.perform(workingDays("2025-03-19", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.convention").value("EVENT_DAY_INCLUDED"))
                .andExpect(jsonPath("$.deadline").value("2025-03-26"));
    }

    @ParameterizedTest(name = "days={0}")
    @CsvSource({"1, 2025-03-20", "365, 2026-09-14"})
    void workingDaysAtTheEdgesOfTheAllowedRangeShouldAnswer(String days, String deadline) throws Exception {
        mvc.perform(workingDays("2025-03-19", days))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value(deadline))
                .andExpect(jsonPath("$.countedDays", hasSize(Integer.parseInt(days))));
    }

    @ParameterizedTest(name = "from={0}")
    @CsvSource(delimiter = '|', value = {
            "2025-02-30 | impossible date",
            "2025-13-01 | no such month",
            "19.03.2025 | not ISO",
            "2025-3-19  | month not two digits",
            "2025-03-19T00:00 | a date-time",
            "+2025-03-19 | signed year"})
    void workingDaysWhenFromIsNotAnIsoDateShouldReturnBadRequest(String from, String why) throws Exception {
        mvc.perform(workingDays(from, "3"))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_DATE"));
        verifyNoInteractions(calendars);
    }

    @Test
    void workingDaysWhenFromIsMissingShouldReturnBadRequest() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("days", "3"))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
    }

    @Test
    void workingDaysWhenFromIsEmptyShouldReturnBadRequest() throws Exception {
        mvc.perform(workingDays("", "3"))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
    }

    @Test
    void workingDaysWhenDaysIsMissingShouldReturnBadRequest() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2025-03-19"))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].code").value("REQUIRED"));
    }

    @ParameterizedTest(name = "days={0}")
    @CsvSource({"three", "1.5", "3e2", "0x10", "'3,4'"})
    void workingDaysWhenDaysIsNotAnIntegerShouldReturnBadRequest(String days) throws Exception {
        mvc.perform(workingDays("2025-03-19", days))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].code").value("NOT_AN_INTEGER"));
        verifyNoInteractions(calendars);
    }

    @ParameterizedTest(name = "days={0}")
    @CsvSource({"0", "-1", "366", "99999999999999999999"})
    void workingDaysWhenDaysIsOutsideOneTo365ShouldReturnBadRequest(String days) throws Exception {
        mvc.perform(workingDays("2025-03-19", days))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].code").value("OUT_OF_RANGE"))
                .andExpect(jsonPath("$.errors[0].message").value("must be from 1 to 365"));
        verifyNoInteractions(calendars);
    }

    @Test
    void workingDaysWhenBothParametersAreBadShouldReportBoth() throws Exception {
        mvc.perform(workingDays("tomorrow", "0"))
                .andExpectAll(badQuery())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.errors[1].field").value("days"))
                .andExpect(jsonPath("$.errors[1].code").value("OUT_OF_RANGE"));
    }

    private static MockHttpServletRequestBuilder workingDays(String from, String days) {
        return get("/api/v1/calendar/working-days").param("from", from).param("days", days);
    }

    private static ResultMatcher[] badQuery() {
        return new ResultMatcher[] {
                status().isBadRequest(),
                content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(400),
                jsonPath("$.code").value("SHG-CAL-400"),
                jsonPath("$.title").value("Invalid working-days query")};
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = WorkingDaysControllerTest.class.getResourceAsStream("/calendar/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file calendar/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
