package kz.shagym.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Strong ETags, and {@code 304 Not Modified} for a matching {@code If-None-Match}, on the answers that show
 * one stored thing. The ETag is the SHA-256 (hex, quoted) of the body itself, so it changes exactly when
 * the bytes do: a version's state, a field added to an answer, a better diff. A file's ETag is therefore the
 * {@code sha256} its version lists for it. The body is still made for each request; what is saved is its
 * transfer, and the caller's work of comparing.
 *
 * <p>What cannot change is marked so by its controller with {@code Cache-Control}: a file of a version is
 * immutable (the version id is a hash over every file). A version's description is not (its state moves from
 * draft to active to retired), nor is a diff (the comparison may improve in a later release), so they ask to
 * be revalidated. Audit records keep {@code no-store}: they hold a complaint's facts.
 */
final class ContentEtagFilter extends ShallowEtagHeaderFilter {

    /** The GET paths that carry ETags; their documentation (304, ETag, If-None-Match) is added from this list. */
    static final List<String> PATHS = List.of(
            "/api/v1/rulesets/{id}",
            "/api/v1/rulesets/{id}/files/**",
            "/api/v1/rulesets/{from}/diff/{to}",
            "/api/v1/decisions/{decisionId}",
            "/api/v1/audit/checkpoints/{file}");

    private static final List<PathPattern> PATTERNS =
            PATHS.stream().map(PathPatternParser.defaultInstance::parse).toList();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !matches(path);
    }

    @Override
    protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (DigestInputStream in = new DigestInputStream(body, sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "\"" + HexFormat.of().formatHex(sha256.digest()) + "\"";
    }

    private static boolean matches(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** Adds {@code If-None-Match}, the {@code ETag} header and the 304 to the documented GETs of {@link #PATHS}. */
    static void describe(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            Operation get = item.readOperationsMap().get(PathItem.HttpMethod.GET);
            if (get == null || !matches(path)) {
                return;
            }
            get.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
                    .description("An ETag of an earlier answer: the same answer again is 304 without a body")
                    .schema(new StringSchema()).example("\"4f2c0d…\""));
            Header etag = new Header().description("SHA-256 of the body, hex, in quotes; for a file, its `sha256`")
                    .schema(new StringSchema().example("\"6b1f0c5e9d…\""));
            get.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("ETag", etag);
                }
            });
            get.getResponses().putIfAbsent("304", new ApiResponse()
                    .description("Not modified: `If-None-Match` named the current ETag; no body")
                    .addHeaderObject("ETag", etag));
        });
    }
}
