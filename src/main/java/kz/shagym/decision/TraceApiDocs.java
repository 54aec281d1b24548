package kz.shagym.decision;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link TraceEntry} into the OpenAPI components. The decision's 200 response names it only
 * from a property added beside the {@code Decision} reference, which springdoc's clean-up of
 * unreferenced schemas does not follow; customizers run after that clean-up.
 */
@Configuration(proxyBeanMethods = false)
class TraceApiDocs {

    @Bean
    OpenApiCustomizer traceSchemas() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            Components components = api.getComponents();
            ModelConverters.getInstance().readAll(TraceEntry.class).forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
        };
    }
}
