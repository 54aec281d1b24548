package kz.shagym.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.problem.InvalidField;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The problem responses every operation of {@code /api} shares, each with an example of its own: 401 and
 * 403 (security), 500, 400 where a parameter or body can be malformed, 413 and 415 where there is a body.
 * Controllers declare their specific problems with the {@code application/problem+json} media type, no
 * schema, and one example per code named after the code; the schema is filled in here, and the shared
 * examples are added beside theirs, so a controller need not repeat them.
 */
final class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void customise(OpenAPI api) {
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
                item.readOperations().forEach(operation -> addProblemResponses(path, operation));
            }
        });
    }

    private static void addProblemResponses(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        badRequest(path, operation).ifPresent(example -> responses.putIfAbsent("400",
                problem("Invalid request: every bad field is listed in `errors` (SHG-REQ-400)", example)));
        shared(responses, "401", "No or bad credentials (SHG-AUTH-401)", example(path, 401, "SHG-AUTH-401",
                "Authentication required",
                "Send valid credentials: HTTP Basic, or a bearer token where tokens are enabled."));
        shared(responses, "403", "The caller's role does not allow this (SHG-AUTH-403)", example(path, 403,
                "SHG-AUTH-403", "Forbidden", "Your role does not allow this request."));
        if (operation.getRequestBody() != null) {
            String type = operation.getRequestBody().getContent().keySet().iterator().next();
            shared(responses, "413", "Body over shagym.api.max-request-body (SHG-HTTP-413)", example(path, 413,
                    "SHG-HTTP-413", "Request body too large",
                    "The request body is larger than the limit of 65536 bytes.").addProperty("maxBytes", 65536));
            shared(responses, "415", "Wrong Content-Type (SHG-HTTP-415)", example(path, 415, "SHG-HTTP-415",
                    "Unsupported media type", "This content type is not accepted here; send " + type + "."));
        }
        shared(responses, "500", "Unexpected error; nothing about the inside is told (SHG-SERVER-500)",
                example(path, 500, "SHG-SERVER-500", "Internal error", "Something went wrong on our side. Quote"
                        + " incident 3f1c2a4e-9d7b-4e0a-8a51-6c2f0e9b7d13 when you report it.")
                        .addProperty("incident", "3f1c2a4e-9d7b-4e0a-8a51-6c2f0e9b7d13"));
        responses.values().forEach(response -> {
            Content content = response.getContent();
            MediaType problem = content != null ? content.get(OpenApiConfiguration.PROBLEM_JSON) : null;
            if (problem != null && problem.getSchema() == null) {
                problem.setSchema(new Schema<>().$ref(PROBLEM_REF));
            }
        });
    }

    /**
     * The 400 of a malformed parameter or body, unless the operation declares its 400 itself (then it is
     * complete) or has nothing that can be malformed.
     */
    private static Optional<ProblemExample> badRequest(String path, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
            String type = typeOf(parameter.getSchema());
            if ("query".equals(parameter.getIn()) && ("integer".equals(type) || "boolean".equals(type))) {
                String expected = "integer".equals(type) ? "must be a number" : "must be true or false";
                return Optional.of(invalid(path, parameter.getName(), "WRONG_TYPE",
                        "'" + parameter.getName() + "' " + expected));
            }
        }
        if (operation.getRequestBody() != null) {
            return Optional.of(invalid(path, "", "MALFORMED_JSON",
                    "The body could not be read: it is not valid JSON or does not have the expected shape."));
        }
        return parameters.stream().filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()))
                .findFirst()
                .map(p -> invalid(path, p.getName(), "REQUIRED", "query parameter '" + p.getName() + "' is required"));
    }

    /** OpenAPI 3.1 schemas carry a set of types; 3.0 ones a single type. */
    private static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty() ? null : schema.getTypes().iterator().next();
    }

    private static ProblemExample invalid(String path, String field, String code, String message) {
        return example(path, 400, "SHG-REQ-400", "Invalid request", "The request has 1 error; see 'errors'.")
                .addProperty("errors", List.of(Map.of("field", field, "code", code, "message", message)));
    }

    /** Adds the response, or the example to the operation's own response of that status. */
    private static void shared(ApiResponses responses, String status, String description, ProblemExample example) {
        ApiResponse declared = responses.get(status);
        if (declared == null) {
            responses.addApiResponse(status, problem(description, example));
            return;
        }
        MediaType problem = declared.getContent() == null ? null
                : declared.getContent().get(OpenApiConfiguration.PROBLEM_JSON);
        if (problem != null && (problem.getExamples() == null || !problem.getExamples().containsKey(example.code))) {
            problem.addExamples(example.code, example.toExample());
        }
    }

    private static ApiResponse problem(String description, ProblemExample example) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(OpenApiConfiguration.PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(PROBLEM_REF))
                        .addExamples(example.code, example.toExample())));
    }

    private static ProblemExample example(String path, int status, String code, String title, String detail) {
        return new ProblemExample(code, new LinkedHashMap<>(Map.of()), title, status, detail, path);
    }

    /** A problem document as the service writes it (see {@code Problems}). */
    private record ProblemExample(String code, Map<String, Object> extra, String title, int status, String detail,
            String instance) {

        ProblemExample addProperty(String name, Object value) {
            extra.put(name, value);
            return this;
        }

        Example toExample() {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", Problems.TYPE_BASE + code);
            value.put("title", title);
            value.put("status", status);
            value.put("detail", detail);
            value.put("instance", instance);
            value.put("code", code);
            value.putAll(extra);
            return new Example().summary(title).value(value);
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with a stable code; some codes add members of their own"
                        + " (errors, files, message, messageKk, messageEn, maxBytes, incident, ...), listed in docs/api.md")
                .addProperty("type", new StringSchema().format("uri").example("https://shagym.kz/problems/SHG-REQ-400"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has 2 errors; see 'errors'."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/decisions"))
                .addProperty("code", new StringSchema().example("SHG-REQ-400"))
                .addProperty("errors", new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/InvalidField"))
                        .description("With SHG-REQ-400, SHG-REQ-422 and SHG-CAL-400: one entry per bad field"))
                .required(List.of("type", "title", "status", "detail", "instance", "code"));
    }

    private static Schema<?> invalidFieldSchema() {
        StringSchema code = new StringSchema();
        Arrays.stream(InvalidField.Code.values()).forEach(value -> code.addEnumItem(value.name()));
        // the working-days query (SHG-CAL-400) has one reason of its own besides REQUIRED, INVALID_DATE, OUT_OF_RANGE
        code.addEnumItem("NOT_AN_INTEGER");
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
