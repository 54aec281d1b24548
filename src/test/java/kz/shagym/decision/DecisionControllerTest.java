package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.problem.InvalidField.Code;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@WebMvcTest(DecisionController.class)
@Import({WebConfiguration.class, FactsConfiguration.class})
class DecisionControllerTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final int LIMIT = 64 * 1024;
    private static final RequestPostProcessor CLIENT = user("client").roles("CLIENT");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DecisionService decisions;

    @Autowired
    JsonMapper applicationJson;

    // ---- the good path

    @Test
    void theApplicationsJsonMapperShouldWriteEachExplanationFromItsEarlierText() {
        assertThat(applicationJson.registeredModules()).extracting(JacksonModule::getModuleName)
                .contains(new ReusedExplanationTexts().getModuleName());
    }

    @Test
    void theApplicationsJsonMapperShouldWriteAnAnswersPropertiesInTheOrderOfTheirNames() {
        assertThat(applicationJson.registeredModules()).extracting(JacksonModule::getModuleName)
                .contains(new SortedAnswerProperties().getModuleName());
        String written = applicationJson.writeValueAsString(TestDecisions.forwardToHigherBody());

        assertThat(written).isEqualTo(ApplicationJson.mapper().writeValueAsString(TestDecisions.forwardToHigherBody()));
        assertThat(written).startsWith("{\"competentAddressees\":[],\"complaintId\":")
                .contains("\"court\":{\"allowed\":false,\"allowedFrom\":null,\"reason\":");
    }

    @Test
    void postWhenTheAuditRecordedTheAnswersTextShouldSendThatTextAsItIsWithItsLength() throws Exception {
        byte[] recorded = "{\"decisionId\":\"as recorded\",\"outcome\":\"FORWARD_TO_REVIEWING_BODY\"}"
                .getBytes(StandardCharsets.UTF_8);
        given(decisions.release(any(), any(), any(), any()))
                .willReturn(new Released(TestDecisions.forwardToHigherBody(), recorded));

        postAsClient(validRequest())
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(header().longValue("Content-Length", recorded.length))
                .andExpect(content().bytes(recorded));
    }

    @Test
    void postWhenFactsAreValidShouldAnswerTheDecisionAsInTheGoldenFile() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        postAsClient(validRequest())
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json(resource("decision/decision-forward-to-higher-body.json"),
                        JsonCompareMode.STRICT));

        verify(decisions).release(TestDecisions.validRequestFacts(), null, "client", null);
    }

    @Test
    void postWhenVersionIsGivenShouldPassItToTheServiceForAWhatIf() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        mvc.perform(decisionPost("/api/v1/decisions?version=3f9a2c.b-1_0").with(CLIENT).content(validRequest()))
                .andExpect(status().isOk());

        verify(decisions).release(TestDecisions.validRequestFacts(), "3f9a2c.b-1_0", "client", null);
    }

    @Test
    void postWhenOnlyRequiredFieldsAreGivenShouldDefaultRegistrationAndPreTrialAppeal() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        postAsClient("""
                {"respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2025-01-03"}""")
                .andExpect(status().isOk());

        ArgumentCaptor<ComplaintFacts> facts = ArgumentCaptor.forClass(ComplaintFacts.class);
        verify(decisions).release(facts.capture(), isNull(), eq("client"), isNull());
        assertThat(facts.getValue()).isEqualTo(new ComplaintFacts(null, null, Respondent.OFFICIAL, null,
                Body.HIGHER_BODY, LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 3), null, false, null));
    }

    @Test
    void postWhenOptionalFieldsAreNullShouldTreatThemAsAbsent() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        postAsClient("""
                {"complaintId":null,"serviceCode":null,"subject":null,"registeredOn":null,"favorableAct":null,
                 "preTrialAppealCompleted":null,"asOf":null,
                 "respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2025-01-03"}""")
                .andExpect(status().isOk());

        verify(decisions).release(new ComplaintFacts(null, null, Respondent.OFFICIAL, null, Body.HIGHER_BODY,
                LocalDate.of(2025, 1, 3), null, null, false, null), null, "client", null);
    }

    // ---- every bad input of api.md, one at a time

    record BadInput(String name, String body, String field, Code code) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                bad("an unknown field", valid(b -> b.put("priority", "HIGH")), "priority", Code.UNKNOWN_FIELD),
                bad("a misspelt optional field", valid(b -> b.set("registerdOn", b.remove("registeredOn"))), "registerdOn",
                        Code.UNKNOWN_FIELD),
                bad("an enum ordinal as a string", valid(b -> b.put("respondent", "1")), "respondent",
                        Code.ENUM_ORDINAL),
                bad("an enum ordinal as a number", valid(b -> b.put("receivedBy", 2)), "receivedBy",
                        Code.ENUM_ORDINAL),
                bad("an unknown enum value", valid(b -> b.put("respondent", "MINISTER")), "respondent",
                        Code.UNKNOWN_VALUE),
                bad("an enum value in lower case", valid(b -> b.put("subject", "inaction")), "subject",
                        Code.UNKNOWN_VALUE),
                bad("an enum as an object", valid(b -> b.putObject("receivedBy")), "receivedBy", Code.WRONG_TYPE),
                bad("a non-ISO date", valid(b -> b.put("receivedOn", "19.03.2025")), "receivedOn",
                        Code.INVALID_DATE),
                bad("a date with a time", valid(b -> b.put("receivedOn", "2025-03-19T10:00:00")), "receivedOn",
                        Code.INVALID_DATE),
                bad("a date without leading zeros", valid(b -> b.put("asOf", "2025-3-9")), "asOf",
                        Code.INVALID_DATE),
                bad("an impossible date", valid(b -> b.put("receivedOn", "2025-02-30")), "receivedOn",
                        Code.IMPOSSIBLE_DATE),
                bad("an impossible month", valid(b -> b.put("asOf", "2025-13-01")), "asOf", Code.IMPOSSIBLE_DATE),
                bad("a date as a number", valid(b -> b.put("registeredOn", 20250319)), "registeredOn",
                        Code.WRONG_TYPE),
                bad("a required field that is null", valid(b -> b.putNull("respondent")), "respondent",
                        Code.REQUIRED),
                bad("a required field that is missing", valid(b -> b.remove("receivedBy")), "receivedBy",
                        Code.REQUIRED),
                bad("a missing receipt date", valid(b -> b.remove("receivedOn")), "receivedOn", Code.REQUIRED),
                bad("a boolean as a string", valid(b -> b.put("preTrialAppealCompleted", "true")),
                        "preTrialAppealCompleted", Code.WRONG_TYPE),
                bad("a boolean as a number", valid(b -> b.put("preTrialAppealCompleted", 1)),
                        "preTrialAppealCompleted", Code.WRONG_TYPE),
                bad("a complaint id as a number", valid(b -> b.put("complaintId", 123)), "complaintId",
                        Code.WRONG_TYPE),
                bad("a complaint id over 64 characters", valid(b -> b.put("complaintId", "x".repeat(65))),
                        "complaintId", Code.TOO_LONG),
                bad("a complaint id with a control character", valid(b -> b.put("complaintId", "KZ\u0000-1")),
                        "complaintId", Code.INVALID_CHARACTERS),
                bad("an empty complaint id", valid(b -> b.put("complaintId", "")), "complaintId", Code.EMPTY),
                bad("a service code over 32 characters", valid(b -> b.put("serviceCode", "A".repeat(33))),
                        "serviceCode", Code.TOO_LONG),
                bad("a service code with a space", valid(b -> b.put("serviceCode", "PS 0417")), "serviceCode",
                        Code.INVALID_CHARACTERS),
                bad("a service code with markup", valid(b -> b.put("serviceCode", "<script>")), "serviceCode",
                        Code.INVALID_CHARACTERS),
                bad("a service code with Cyrillic letters", valid(b -> b.put("serviceCode", "УСЛУГА-1")),
                        "serviceCode", Code.INVALID_CHARACTERS),
                bad("a favourable act that is not an object", valid(b -> b.put("favorableAct", true)),
                        "favorableAct", Code.WRONG_TYPE),
                bad("a favourable act without its date", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .remove("adoptedOn")), "favorableAct.adoptedOn", Code.REQUIRED),
                bad("a favourable act without fullySatisfies", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .remove("fullySatisfies")), "favorableAct.fullySatisfies", Code.REQUIRED),
                bad("a favourable act with an impossible date", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .put("adoptedOn", "2025-02-29")), "favorableAct.adoptedOn", Code.IMPOSSIBLE_DATE),
                bad("a favourable act with fullySatisfies as a string", valid(b -> ((ObjectNode) b
                        .get("favorableAct")).put("fullySatisfies", "yes")), "favorableAct.fullySatisfies",
                        Code.WRONG_TYPE),
                bad("a favourable act with an unknown field", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .put("partially", true)), "favorableAct.partially", Code.UNKNOWN_FIELD),
                bad("a duplicated field", """
                        {"respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2025-01-03",
                         "respondent":"SERVICE_PROVIDER"}""", "respondent", Code.DUPLICATE_FIELD),
                bad("a duplicated field inside the favourable act", """
                        {"respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2025-01-03",
                         "favorableAct":{"adoptedOn":"2025-01-03","fullySatisfies":true,"fullySatisfies":false}}""",
                        "favorableAct.fullySatisfies", Code.DUPLICATE_FIELD),
                bad("malformed JSON", "{\"respondent\": \"OFFICIAL\",", "", Code.MALFORMED_JSON),
                bad("single quotes", "{'respondent': 'OFFICIAL'}", "", Code.MALFORMED_JSON),
                bad("a trailing comma", valid(b -> { }).replaceFirst("}$", ",}"), "", Code.MALFORMED_JSON),
                bad("content after the object", valid(b -> { }) + " {}", "", Code.MALFORMED_JSON),
                bad("an array for a body", "[" + valid(b -> { }) + "]", "", Code.NOT_AN_OBJECT),
                bad("a string for a body", "\"OFFICIAL\"", "", Code.NOT_AN_OBJECT),
                bad("null for a body", "null", "", Code.NOT_AN_OBJECT),
                bad("nesting deeper than any request needs", "{\"respondent\":" + "[".repeat(5000)
                        + "]".repeat(5000) + "}", "", Code.MALFORMED_JSON),
                bad("an empty body", "", "", Code.EMPTY_BODY),
                bad("a body of blanks", "  \n ", "", Code.EMPTY_BODY));
    }

    @ParameterizedTest(name = "post when the body has {0} should return 400 naming the field")
    @MethodSource("badInputs")
    void postWhenBodyIsBadShouldReturn400NamingTheField(BadInput input) throws Exception {
        MvcResult result = postAsClient(input.body())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-REQ-400"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-REQ-400"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/v1/decisions"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(input.field()))
                .andExpect(jsonPath("$.errors[0].code").value(input.code().name()))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andReturn();

        assertNoInternals(result);
        verifyNoInteractions(decisions);
    }

    // ---- facts that cannot be true (ruling 4 of domain.md): well-formed, yet 422

    static Stream<BadInput> impossibleFacts() {
        return Stream.of(
                bad("receipt in the year 9999", valid(b -> b.put("receivedOn", "9999-12-31")), "receivedOn",
                        Code.OUT_OF_RANGE),
                bad("receipt before 2000", valid(b -> b.put("receivedOn", "1999-12-31")), "receivedOn",
                        Code.OUT_OF_RANGE),
                bad("registration after 2100", valid(b -> b.put("registeredOn", "2101-01-01")), "registeredOn",
                        Code.OUT_OF_RANGE),
                bad("a question date in the year 9999", valid(b -> b.put("asOf", "9999-12-31")), "asOf",
                        Code.OUT_OF_RANGE),
                bad("a favourable act in 1900", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .put("adoptedOn", "1900-01-01")), "favorableAct.adoptedOn", Code.OUT_OF_RANGE),
                bad("registration before receipt", valid(b -> b.put("registeredOn", "2025-03-18")), "registeredOn",
                        Code.DATE_ORDER),
                bad("a favourable act adopted before receipt", valid(b -> ((ObjectNode) b.get("favorableAct"))
                        .put("adoptedOn", "2025-03-18")), "favorableAct.adoptedOn", Code.DATE_ORDER),
                bad("a question asked before receipt", valid(b -> b.put("asOf", "2025-03-18")), "asOf",
                        Code.DATE_ORDER));
    }

    @ParameterizedTest(name = "post when the facts have {0} should return 422 naming the field")
    @MethodSource("impossibleFacts")
    void postWhenFactsCannotBeTrueShouldReturn422NamingTheField(BadInput input) throws Exception {
        MvcResult result = postAsClient(input.body())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-REQ-422"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-REQ-422"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(input.field()))
                .andExpect(jsonPath("$.errors[0].code").value(input.code().name()))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
                .andReturn();

        assertNoInternals(result);
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenReceiptIsOutOfTheWindowShouldSayTheWindowAndNotAnswerADeadline() throws Exception {
        postAsClient(valid(b -> b.put("receivedOn", "9999-12-31")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("receivedOn must be from 2000-01-01 to 2100-12-31"))
                .andExpect(jsonPath("$.review").doesNotExist());
    }

    @Test
    void postWhenDatesAreOnTheEdgesOfTheWindowShouldBeDecided() throws Exception {
        given(decisions.release(any(), any(), anyString(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        postAsClient("""
                {"respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2000-01-01","asOf":"2100-12-31",
                 "favorableAct":{"adoptedOn":"2100-12-31","fullySatisfies":true}}""")
                .andExpect(status().isOk());
    }

    @Test
    void postWhenSeveralFactsCannotBeTrueShouldListEveryOne() throws Exception {
        MvcResult result = postAsClient(valid(b -> {
            b.put("registeredOn", "2025-03-01");
            b.put("asOf", "2025-01-01");
            ((ObjectNode) b.get("favorableAct")).put("adoptedOn", "1999-01-01");
        })).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("The request is well-formed, but 3 facts cannot be true; see 'errors'."))
                .andReturn();

        assertThat(errors(result)).containsExactlyInAnyOrder(
                "registeredOn DATE_ORDER", "favorableAct.adoptedOn OUT_OF_RANGE", "asOf DATE_ORDER");
    }

    @Test
    void postWhenTheBodyIsAlsoMalformedShouldAnswer400ListingTheImpossibleFactsToo() throws Exception {
        MvcResult result = postAsClient(valid(b -> {
            b.put("respondent", "AKIMAT");
            b.put("asOf", "2025-03-01");
        })).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SHG-REQ-400")).andReturn();

        assertThat(errors(result)).containsExactlyInAnyOrder("respondent UNKNOWN_VALUE", "asOf DATE_ORDER");
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenEnumValueIsUnknownShouldListTheAllowedValues() throws Exception {
        postAsClient(valid(b -> b.put("receivedBy", "AKIMAT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(
                        "receivedBy must be one of SERVICE_PROVIDER, OFFICIAL, HIGHER_BODY, QUALITY_CONTROL_BODY,"
                                + " STATE_CORPORATION_HEAD, INFORMATIZATION_BODY"));
    }

    @Test
    void postWhenBodyIsNotUtf8ShouldReturn400MalformedJson() throws Exception {
        byte[] latin1 = "{\"complaintId\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        MvcResult result = mvc.perform(decisionPost("/api/v1/decisions").with(CLIENT).content(latin1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(""))
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_JSON"))
                .andReturn();
        assertNoInternals(result);
    }

    @Test
    void postWhenSeveralFieldsAreBadShouldListEveryOneOfThem() throws Exception {
        String body = """
                {"respondent":"1","receivedOn":"2025-02-30","registeredOn":"yesterday","priority":"HIGH",
                 "serviceCode":"a b","favorableAct":{"adoptedOn":"2025-13-01"}}""";

        MvcResult result = postAsClient(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-REQ-400"))
                .andExpect(jsonPath("$.detail").value("The request has 8 errors; see 'errors'."))
                .andReturn();

        assertThat(errors(result)).containsExactlyInAnyOrder(
                "priority UNKNOWN_FIELD",
                "serviceCode INVALID_CHARACTERS",
                "respondent ENUM_ORDINAL",
                "receivedBy REQUIRED",
                "receivedOn IMPOSSIBLE_DATE",
                "registeredOn INVALID_DATE",
                "favorableAct.adoptedOn IMPOSSIBLE_DATE",
                "favorableAct.fullySatisfies REQUIRED");
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenDuplicatedFieldIsAlsoInvalidShouldNameItOnce() throws Exception {
        MvcResult result = postAsClient("""
                {"respondent":"OFFICIAL","receivedBy":"HIGHER_BODY","receivedOn":"2025-01-03","asOf":"x","asOf":"y"}""")
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(errors(result)).containsExactly("asOf DUPLICATE_FIELD");
    }

    @Test
    void postWhenQueryParametersAreBadShouldListThemWithTheBodyErrors() throws Exception {
        MvcResult result = mvc.perform(decisionPost("/api/v1/decisions?version=../etc&verison=1").with(CLIENT)
                        .content(valid(b -> b.put("asOf", "2025-02-29"))))
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(errors(result)).containsExactlyInAnyOrder(
                "asOf IMPOSSIBLE_DATE", "version INVALID_CHARACTERS", "verison UNKNOWN_FIELD");
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenVersionIsEmptyShouldReturn400() throws Exception {
        MvcResult result = mvc.perform(decisionPost("/api/v1/decisions?version=").with(CLIENT).content(validRequest()))
                .andExpect(status().isBadRequest())
                .andReturn();

        assertThat(errors(result)).containsExactly("version EMPTY");
    }

    // ---- media types, size, methods, paths

    @Test
    void postWithTextPlainShouldReturn415NamingJson() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/decisions").with(CLIENT)
                        .contentType(MediaType.TEXT_PLAIN).content(validRequest()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-415"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-HTTP-415"))
                .andExpect(jsonPath("$.instance").value("/api/v1/decisions"))
                .andReturn();
        assertNoInternals(result);
        verifyNoInteractions(decisions);
    }

    @Test
    void postWithoutContentTypeShouldReturn415() throws Exception {
        mvc.perform(post("/api/v1/decisions").with(CLIENT).content(validRequest()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("SHG-HTTP-415"));
    }

    @Test
    void postWhenBodyIsOverTheLimitShouldReturn413BeforeReadingIt() throws Exception {
        String body = valid(b -> b.put("complaintId", "x")) + " ".repeat(LIMIT);

        MvcResult result = postAsClient(body)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-413"))
                .andExpect(jsonPath("$.maxBytes").value(LIMIT))
                .andExpect(jsonPath("$.instance").value("/api/v1/decisions"))
                .andReturn();
        assertNoInternals(result);
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenChunkedBodyGrowsOverTheLimitShouldReturn413() throws Exception {
        String body = valid(b -> { }) + " ".repeat(LIMIT);

        mvc.perform(new ChunkedRequestBuilder("/api/v1/decisions").with(CLIENT)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-413"));
        verifyNoInteractions(decisions);
    }

    @Test
    void postWhenChunkedBodyIsExactlyAtTheLimitShouldBeRead() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));
        String valid = validRequest();
        String body = valid + " ".repeat(LIMIT - valid.getBytes(StandardCharsets.UTF_8).length);

        mvc.perform(new ChunkedRequestBuilder("/api/v1/decisions").with(CLIENT)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    @Test
    void postAcceptingOnlyXmlShouldReturn406AsProblemJson() throws Exception {
        mvc.perform(decisionPost("/api/v1/decisions").with(CLIENT).accept(MediaType.APPLICATION_XML)
                        .content(validRequest()))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-406"));
        verifyNoInteractions(decisions);
    }

    @Test
    void deleteShouldReturn405NamingTheAllowedMethod() throws Exception {
        mvc.perform(delete("/api/v1/decisions").with(CLIENT))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.ALLOW, "POST"))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-405"));
    }

    @Test
    void getOfAnUnknownApiPathShouldReturn404AsProblemJson() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/nothing-here").with(CLIENT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-HTTP-404"))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"))
                .andReturn();
        assertNoInternals(result);
    }

    // ---- what the decision service says

    @Test
    void postWhenVersionIsUnknownShouldReturn404WithTheServiceCode() throws Exception {
        given(decisions.release(any(), eq("deadbeef"), anyString(), any())).willThrow(new UnknownRuleSetVersion("deadbeef"));

        mvc.perform(decisionPost("/api/v1/decisions?version=deadbeef").with(CLIENT).content(validRequest()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-RULESET-404"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-RULESET-404"))
                .andExpect(jsonPath("$.title").value("Unknown rule set version"))
                .andExpect(jsonPath("$.detail").value("No rule set version 'deadbeef' is stored."));
    }

    @Test
    void postWhenNoRuleCoversTheFactsShouldReturn422() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willThrow(new NoRuleCoversComplaint("no routing row"));

        postAsClient(validRequest())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SHG-DEC-422"));
    }

    @Test
    void postWhenTheAuditRecordFailsShouldReturn503WithoutTheCause() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willThrow(
                new DecisionNotRecorded(new SQLException("org.h2.jdbc.JdbcSQLException: table DECISION_LOG")));

        MvcResult result = postAsClient(validRequest())
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-AUDIT-503"))
                .andReturn();
        assertNoInternals(result);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("DECISION_LOG", "h2");
    }

    @Test
    void postWhenTheServiceFailsUnexpectedlyShouldReturnA500ThatTellsNothing() throws Exception {
        given(decisions.release(any(), any(), any(), any())).willThrow(
                new IllegalStateException("KieSession kz.shagym.rules.Internal failed at line 42"));

        MvcResult result = postAsClient(validRequest())
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-SERVER-500"))
                .andExpect(jsonPath("$.type").value("https://shagym.kz/problems/SHG-SERVER-500"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andReturn();
        assertNoInternals(result);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("KieSession", "line 42");
    }

    // ---- who may ask

    @Test
    void postWithoutCredentialsShouldReturn401AsProblemJsonWithoutRedirect() throws Exception {
        mvc.perform(decisionPost("/api/v1/decisions").content(validRequest()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"shagym\""))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"))
                .andExpect(jsonPath("$.instance").value("/api/v1/decisions"));
        verifyNoInteractions(decisions);
    }

    @Test
    void postWithAWrongPasswordShouldReturn401() throws Exception {
        mvc.perform(decisionPost("/api/v1/decisions").with(httpBasic("client", "wrong")).content(validRequest()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("SHG-AUTH-401"));
        verifyNoInteractions(decisions);
    }

    @Test
    void postAsAuditorShouldReturn403() throws Exception {
        MvcResult result = mvc.perform(decisionPost("/api/v1/decisions").with(httpBasic("auditor", "auditor"))
                        .content(validRequest()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SHG-AUTH-403"))
                .andReturn();
        assertNoInternals(result);
        verifyNoInteractions(decisions);
    }

    @ParameterizedTest(name = "post as the demo user {0} should be decided and recorded under that name")
    @ValueSource(strings = {"client", "analyst", "approver"})
    void postAsADecidingRoleShouldBeDecidedUnderTheCallersName(String name) throws Exception {
        given(decisions.release(any(), any(), any(), any())).willReturn(Released.of(TestDecisions.forwardToHigherBody()));

        mvc.perform(decisionPost("/api/v1/decisions").with(httpBasic(name, name)).content(validRequest()))
                .andExpect(status().isOk());

        verify(decisions).release(TestDecisions.validRequestFacts(), null, name, null);
    }

    @Test
    void postWhenTheBodyIsBadShouldNotReachTheServiceEvenForAnAllowedCaller() throws Exception {
        postAsClient("{}").andExpect(status().isBadRequest());
        verify(decisions, never()).release(any(), any(), any(), any());
    }

    // ---- helpers

    private ResultActions postAsClient(String body) throws Exception {
        return mvc.perform(decisionPost("/api/v1/decisions").with(CLIENT).content(body));
    }

    private static MockHttpServletRequestBuilder decisionPost(String uri) {
        return post(uri).contentType(MediaType.APPLICATION_JSON);
    }

    private static BadInput bad(String name, String body, String field, Code code) {
        return new BadInput(name, body, field, code);
    }

    private static String validRequest() {
        return resource("decision/valid-request.json");
    }

    private static String valid(Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) JSON.readTree(validRequest());
        change.accept(body);
        return JSON.writeValueAsString(body);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> errors(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString()).get("errors").valueStream()
                .map(error -> error.get("field").stringValue() + " " + error.get("code").stringValue())
                .toList();
    }

    /** No Java class, package or stack frame in what the caller sees. */
    private static void assertNoInternals(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("java.", "kz.shagym", "tools.jackson", "springframework", "Exception", "\tat ");
    }
}
