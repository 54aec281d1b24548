package kz.shagym.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The examples of successful answers, kept as files ({@code src/main/resources/openapi/examples/<name>.json},
 * each an OpenAPI Example Object) because they are whole answers, too long for an annotation. An operation
 * refers to one as {@code #/components/examples/<name>}; {@code ApiContractTest} checks that each reference
 * resolves and that an example holds no field its schema lacks.
 */
final class ApiExamples implements OpenApiCustomizer {

    static final String LOCATION = "classpath*:openapi/examples/*.json";

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
                try (InputStream in = file.getInputStream()) {
                    api.getComponents().addExamples(name, Json.mapper().readValue(in, Example.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API examples", e);
        }
    }
}
