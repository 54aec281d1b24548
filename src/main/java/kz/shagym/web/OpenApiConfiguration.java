package kz.shagym.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.shagym.problem.InvalidField;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: HTTP Basic (and bearer, when tokens are on) and one
 * {@code Problem} schema that every error response of {@code /api} refers to. Controllers declare their
 * specific problem responses with the {@code application/problem+json} media type and no schema; the
 * schema is filled in here, so controllers need not know its name.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "400", "Invalid request: every bad field is listed in `errors` (code SHG-REQ-400)",
            "401", "No or bad credentials (SHG-AUTH-401)",
            "403", "The caller's role does not allow this (SHG-AUTH-403)",
            "500", "Unexpected error; nothing about the inside is told (SHG-SERVER-500)");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "Body over shagym.api.max-request-body (SHG-HTTP-413)",
            "415", "Wrong Content-Type (SHG-HTTP-415)");

    @Bean
    OpenAPI shagymOpenApi(SecuritySettings settings) {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Shagym decision service").version("v1")
                        .description("Routing and deadlines for complaints about public services (APPC Art. 91)."))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"));
        if (settings.jwt().enabled()) {
            components.addSecuritySchemes("bearerAuth",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
            api.addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
        }
        return api;
    }

    /** Runs after springdoc drops unreferenced schemas, which is why the problem schemas are added here. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSchemas("InvalidField", invalidFieldSchema())
                    .addSchemas("Problem", problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(OpenApiConfiguration::addProblemResponses);
                }
            });
        };
    }

    private static void addProblemResponses(Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        EVERY_OPERATION.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        if (operation.getRequestBody() != null) {
            WITH_BODY.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        }
        responses.values().forEach(response -> {
            Content content = response.getContent();
            MediaType problem = content != null ? content.get(PROBLEM_JSON) : null;
            if (problem != null && problem.getSchema() == null) {
                problem.setSchema(new Schema<>().$ref(PROBLEM_REF));
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with a stable code")
                .addProperty("type", new StringSchema().format("uri").example("https://shagym.kz/problems/SHG-REQ-400"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has 2 errors; see 'errors'."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/decisions"))
                .addProperty("code", new StringSchema().example("SHG-REQ-400"))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/InvalidField"))
                        .description("Only with SHG-REQ-400: one entry per bad field"))
                .required(List.of("type", "title", "status", "detail", "instance", "code"));
    }

    private static Schema<?> invalidFieldSchema() {
        StringSchema code = new StringSchema();
        Arrays.stream(InvalidField.Code.values()).forEach(value -> code.addEnumItem(value.name()));
        return new ObjectSchema()
                .addProperty("field", new StringSchema()
                        .description("Dotted path into the body (favorableAct.adoptedOn), a query parameter,"
                                + " or empty for the body as a whole")
                        .example("favorableAct.adoptedOn"))
                .addProperty("code", code)
                .addProperty("message", new StringSchema().example("favorableAct.adoptedOn is not a day of the calendar"))
                .required(List.of("field", "code", "message"));
    }
}
