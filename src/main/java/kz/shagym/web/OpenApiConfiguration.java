package kz.shagym.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: HTTP Basic (and bearer, when tokens are on), the tags the
 * operations are grouped under, the problem responses every operation shares ({@link ProblemResponses}),
 * the examples kept as files ({@link ApiExamples}), and the conditional requests of {@link ContentEtagFilter}.
 * The contract in words is {@code docs/api.md}; {@code ApiContractTest} holds the two in step.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM_JSON = "application/problem+json";

    /**
     * The tags, in the order a reader meets them, named for what a caller does. Controllers name one of
     * these in {@code @Tag}; {@code ApiContractTest} refuses any other.
     */
    static final List<Tag> TAGS = List.of(
            new Tag().name("Decisions").description("Where a complaint goes and by when, under the active rule set"
                    + " or a version of the caller's choice (what-if). Role CLIENT, ANALYST or APPROVER."),
            new Tag().name("Calendar").description("Working days under the active rule set's calendar. Any role."),
            new Tag().name("Rule sets").description("Versions of the tables and rules: upload (ANALYST), activation"
                    + " and rollback (APPROVER), versions, their files and differences (ANALYST, APPROVER, AUDITOR)."),
            new Tag().name("Audit").description("The hash-chained record of every decision: search, CSV export,"
                    + " replay, verification, signed checkpoints, and the administrative trail. Role AUDITOR."));

    @Bean
    OpenAPI shagymOpenApi(SecuritySettings settings) {
        Components components = new Components()
                .addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Shagym decision service").version("v1")
                        .description("Routing and deadlines for complaints about public services (APPC Art. 91)."
                                + " Errors are `application/problem+json` (RFC 9457) with a stable `code`; the"
                                + " contract in words, with every code, is `docs/api.md` in the repository."))
                .components(components)
                .tags(TAGS)
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
        return new ProblemResponses();
    }

    @Bean
    OpenApiCustomizer apiExamples() {
        return new ApiExamples();
    }

    @Bean
    OpenApiCustomizer conditionalRequests() {
        return ContentEtagFilter::describe;
    }
}
