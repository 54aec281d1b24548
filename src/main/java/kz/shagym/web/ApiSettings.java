package kz.shagym.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API.
 *
 * @param maxRequestBody the largest body accepted under {@code /api/**}; multipart uploads are bounded by
 *     {@code spring.servlet.multipart.*} instead
 */
@ConfigurationProperties("shagym.api")
record ApiSettings(@DefaultValue("64KB") DataSize maxRequestBody) {

    ApiSettings {
        if (maxRequestBody.toBytes() <= 0) {
            throw new IllegalArgumentException("shagym.api.max-request-body must be positive");
        }
    }
}
