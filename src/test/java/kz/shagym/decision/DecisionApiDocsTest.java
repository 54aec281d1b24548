package kz.shagym.decision;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springdoc.webmvc.ui.SwaggerConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document and Swagger UI, served to anyone, describing the decision contract. */
@WebMvcTest(DecisionController.class)
@Import({WebConfiguration.class, FactsConfiguration.class, TraceApiDocs.class})
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocWebMvcConfiguration.class, SwaggerConfig.class, SwaggerUiConfigProperties.class,
        SwaggerUiOAuthProperties.class})
class DecisionApiDocsTest {

    private static final String POST = "$.paths['/api/v1/decisions'].post";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DecisionService decisions;

    @Test
    void apiDocsShouldDescribeTheDecisionRequestAndItsRequiredFields() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(POST + ".requestBody.required").value(true))
                .andExpect(jsonPath(POST + ".requestBody.content['application/json'].schema.$ref")
                        .value("#/components/schemas/DecisionRequest"))
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.required",
                        containsInAnyOrder("respondent", "receivedBy", "receivedOn")))
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.additionalProperties").value(false))
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.properties.complaintId.maxLength").value(64))
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.properties.serviceCode.maxLength").value(32))
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.properties.receivedBy.enum",
                        hasItems("SERVICE_PROVIDER", "QUALITY_CONTROL_BODY", "INFORMATIZATION_BODY")))
                .andExpect(jsonPath("$.components.schemas.FavorableAct.required",
                        containsInAnyOrder("adoptedOn", "fullySatisfies")));
    }

    @Test
    void apiDocsShouldDescribeTheDecisionAndTheProblemOf400() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(POST + ".responses['200'].content['application/json'].schema.$ref")
                        .value("#/components/schemas/Decision"))
                .andExpect(jsonPath(POST + ".responses['400'].content['application/problem+json'].schema.$ref")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath(POST + ".responses['404'].content['application/problem+json'].schema.$ref")
                        .value("#/components/schemas/Problem"))
                .andExpect(jsonPath(POST + ".responses['413']").exists())
                .andExpect(jsonPath(POST + ".responses['415']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items.$ref")
                        .value("#/components/schemas/InvalidField"))
                .andExpect(jsonPath("$.components.schemas.InvalidField.properties.code.enum",
                        hasItems("UNKNOWN_FIELD", "ENUM_ORDINAL", "IMPOSSIBLE_DATE", "DUPLICATE_FIELD")))
                .andExpect(jsonPath("$.components.schemas.Decision.properties.rulesetVersion").exists())
                .andExpect(jsonPath("$.components.schemas.Decision.properties.lawInForceOn.format").value("date"))
                .andExpect(jsonPath("$.components.schemas.Decision.properties.lawInForceOn.description",
                        containsString("LAW_IN_FORCE_BY")))
                .andExpect(jsonPath("$.components.schemas.Explanation.properties.inForce").exists());
    }

    @Test
    void apiDocsShouldDescribeTheTraceParameterAndTheTraceEntries() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath(POST + ".parameters[?(@.name == 'trace')].schema.enum[*]", containsInAnyOrder("true", "false")))
                .andExpect(jsonPath(POST + ".responses['200'].content['application/json'].schema.properties.trace.items.$ref")
                        .value("#/components/schemas/TraceEntry"))
                .andExpect(jsonPath("$.components.schemas.TraceEntry.properties.failedCondition.$ref")
                        .value("#/components/schemas/FailedCondition"))
                .andExpect(jsonPath("$.components.schemas.TraceEntry.properties.shadowedBy").exists())
                .andExpect(jsonPath("$.components.schemas.FailedCondition.properties.column").exists());
    }

    @Test
    void apiDocsShouldDeclareHttpBasic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basicAuth").exists());
    }

    @Test
    void apiDocsShouldNotListTheErrorPage() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/error']").doesNotExist());
    }

    @Test
    void swaggerUiShouldBeServedToAnyone() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }
}
