package kz.shagym.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.shagym.release.RunningShagym.Reply;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One golden HTTP exchange under {@code src/test/resources/golden/<api>/<name>.req|.resp}, replayed
 * against a running application; the format and the masking are described in {@code golden/README.md}.
 */
final class GoldenExchange {

    static final Path ROOT = Path.of("src/test/resources/golden");
    /** Set {@code -Dgolden.record=true} to write the answers as they are now (then review the diff). */
    private static final boolean RECORD = Boolean.getBoolean("golden.record");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SHA256 = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    /** The temporary copy of the rule folders that {@link RuleFolders} makes for each run. */
    private static final Pattern RULE_FOLDERS = Pattern.compile("/\\S*shagym-rules-\\d+");
    /** Numbers that count what happened before in the same database, not what this exchange did. */
    private static final List<String> COUNTERS = List.of("sequence", "id");

    private final String name;
    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final String body;

    private GoldenExchange(String name, String method, String path, Map<String, String> headers, String body) {
        this.name = name;
        this.method = method;
        this.path = path;
        this.headers = headers;
        this.body = body;
    }

    /** @param name {@code <api>/<name>}, without the extension */
    static GoldenExchange read(String name) {
        List<String> lines = new ArrayList<>(text(ROOT.resolve(name + ".req")).lines()
                .dropWhile(line -> line.startsWith("#")).toList());
        String[] requestLine = lines.remove(0).split(" ", 2);
        Map<String, String> headers = new LinkedHashMap<>();
        while (!lines.isEmpty() && !lines.get(0).isBlank()) {
            String header = lines.remove(0);
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        String body = lines.isEmpty() ? "" : String.join("\n", lines.subList(1, lines.size())).strip();
        return new GoldenExchange(name, requestLine[0], requestLine[1], headers, body);
    }

    /**
     * Sends the request as its {@code User} and holds the masked answer to the {@code .resp} file.
     *
     * @param variables the values of the {@code {placeholders}} in the request's path
     * @return the answer as it came, unmasked
     */
    Reply replay(RunningShagym app, Map<String, String> variables) {
        String target = path;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            target = target.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        Reply reply = app.as(headers.get("User")).send(request(target));
        String actual = "HTTP " + reply.status() + "\nContent-Type: " + reply.contentType() + "\n\n"
                + (reply.json() == null ? reply.body() : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        masked(reply.json()))) + "\n";
        Path expected = ROOT.resolve(name + ".resp");
        if (RECORD || !Files.exists(expected)) {
            write(expected, actual);
            throw new AssertionError("recorded " + expected + "; review it and run again");
        }
        String golden = text(expected);
        if (!golden.equals(actual)) {
            throw new AssertionError("the answer to " + name + ".req differs from " + expected
                    + "\n--- expected\n" + golden + "--- actual\n" + actual);
        }
        return reply;
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String target) {
        String type = headers.getOrDefault("Content-Type", "");
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(target);
            body.lines().filter(line -> !line.isBlank()).forEach(line -> part(multipart, line));
            return multipart;
        }
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), target);
        if (!type.isEmpty()) {
            request.contentType(type).content(body);
        }
        return request;
    }

    /** {@code name=@resource;filename=shown.xlsx} is a file from {@code src/test/resources}; {@code name=text} a field. */
    private static void part(MockMultipartHttpServletRequestBuilder multipart, String line) {
        int eq = line.indexOf('=');
        String partName = line.substring(0, eq);
        String value = line.substring(eq + 1);
        if (!value.startsWith("@")) {
            multipart.param(partName, value);
            return;
        }
        String[] file = value.substring(1).split(";filename=", 2);
        try {
            multipart.file(new MockMultipartFile(partName, file.length > 1 ? file[1] : file[0],
                    MediaType.APPLICATION_OCTET_STREAM_VALUE, Files.readAllBytes(ROOT.getParent().resolve(file[0]))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids, hashes and times differ from run to run; they become {@code <sha256>}, {@code <uuid>}, {@code <instant>}. */
    static JsonNode masked(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                JsonNode value = member.getValue();
                copy.set(member.getKey(), COUNTERS.contains(member.getKey()) && value.isNumber()
                        ? StringNode.valueOf("<number>") : masked(value));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(masked(item)));
            return copy;
        }
        if (node.isString()) {
            String text = SHA256.matcher(node.stringValue()).replaceAll("<sha256>");
            text = UUID.matcher(text).replaceAll("<uuid>");
            text = RULE_FOLDERS.matcher(text).replaceAll("<rule folders>");
            return StringNode.valueOf(INSTANT.matcher(text).replaceAll("<instant>"));
        }
        return node;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
