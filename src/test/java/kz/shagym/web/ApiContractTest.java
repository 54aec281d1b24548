package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document of the running service, and the contract in words ({@code docs/api.md}), held in
 * step: every operation has a summary, a description and one of the declared tags; every status has an
 * example of its own that matches it; every 201 names its Location; every operation, parameter, status,
 * schema and field of the document is in {@code docs/api.md}, and every endpoint and schema named there
 * exists; every problem code the service can answer with is in its table with the right status. When
 * someone adds an endpoint, a field or a code, this test asks them to write it down.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiContractTest {

    static final Path CONTRACT = Path.of("docs/api.md");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + data.resolve("shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("shagym.audit.checkpoints.dir", () -> data.resolve("checkpoints").toString());
        registry.add("shagym.release.watch-folders", () -> "false");
    }

    @Autowired
    MockMvcTester mvc;

    /** The document does not change while the service runs: read it once. */
    static JsonNode api;
    ContractText contract;

    @BeforeEach
    void load() throws IOException {
        if (api == null) {
            api = JSON.readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        contract = new ContractText(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationShouldHaveASummaryADescriptionAndOneDeclaredTag() {
        Set<String> declared = new TreeSet<>();
        api.get("tags").forEach(tag -> {
            assertThat(tag.path("description").asString("")).as("tag %s", tag.get("name")).isNotBlank();
            declared.add(tag.get("name").asString());
        });
        operations().forEach((name, operation) -> {
            assertThat(operation.path("summary").asString("")).as("summary of %s", name).isNotBlank();
            assertThat(operation.path("description").asString("")).as("description of %s", name).isNotBlank();
            assertThat(operation.get("tags")).as("tags of %s", name).hasSize(1);
            assertThat(declared).as("tag of %s", name).contains(operation.get("tags").get(0).asString());
        });
        assertThat(declared).noneMatch(tag -> tag.endsWith("-controller"));
    }

    @Test
    void everyStatusShouldHaveAnExampleOfItsOwnAndEveryProblemExampleShouldMatchItsStatus() {
        operations().forEach((name, operation) -> operation.get("responses").properties().forEach(response -> {
            String status = response.getKey();
            JsonNode content = response.getValue().path("content");
            if (status.equals("304")) {
                assertThat(content.isMissingNode()).as("%s 304 has no body", name).isTrue();
                return;
            }
            assertThat(content.isObject()).as("%s %s has content", name, status).isTrue();
            content.properties().forEach(media -> {
                if (media.getValue().path("schema").path("format").asString("").equals("binary")) {
                    return; // a workbook: no example can be written in the document
                }
                JsonNode examples = media.getValue().path("examples");
                assertThat(examples.size()).as("examples of %s %s %s", name, status, media.getKey()).isPositive();
                examples.properties().forEach(example -> {
                    JsonNode value = resolveExample(example.getValue()).get("value");
                    assertThat(value).as("example %s of %s %s", example.getKey(), name, status).isNotNull();
                    if (media.getKey().equals("application/problem+json")) {
                        assertThat(value.isObject()).as("%s of %s %s is JSON", example.getKey(), name, status).isTrue();
                        assertThat(value.get("status").asInt()).as("%s of %s", example.getKey(), name)
                                .isEqualTo(Integer.parseInt(status));
                        assertThat(value.get("code").asString()).isEqualTo(example.getKey());
                        assertThat(value.get("type").asString()).isEqualTo("https://shagym.kz/problems/" + example.getKey());
                        assertThat(value.get("detail").asString()).as("%s of %s", example.getKey(), name)
                                .doesNotContain("  ");
                    }
                });
            });
        }));
    }

    @Test
    void everyExampleOfAnAnswerShouldHoldOnlyFieldsItsSchemaHas() {
        List<String> unknown = new ArrayList<>();
        operations().forEach((name, operation) -> operation.get("responses").properties().forEach(response -> {
            JsonNode json = response.getValue().path("content").path("application/json");
            if (json.isMissingNode()) {
                return;
            }
            json.path("examples").properties().forEach(example -> new SchemaWalk(api, unknown).check(
                    name + " " + response.getKey() + " " + example.getKey(), resolveExample(example.getValue()).get("value"),
                    json.get("schema")));
        }));
        assertThat(unknown).isEmpty();
    }

    /** The example answer is what the service answers to the example request, new fields included (its id and version aside). */
    @Test
    void theDecisionExampleShouldBeTheServicesAnswerToTheRequestExample() throws Exception {
        JsonNode request = api.at("/components/examples/decision-request/value");
        ObjectNode example = (ObjectNode) api.at("/components/examples/decision/value").deepCopy();
        String answer = mvc.post().uri("/api/v1/decisions").with(httpBasic("client", "client"))
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(request)).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        ObjectNode actual = (ObjectNode) JSON.readTree(answer);
        for (ObjectNode decision : List.of(example, actual)) {
            decision.remove(List.of("decisionId", "rulesetVersion"));
        }
        assertThat(actual).isEqualTo(example);
    }

    @Test
    void everyCreatedAnswerShouldNameItsLocation() {
        operations().forEach((name, operation) -> {
            JsonNode created = operation.get("responses").path("201");
            if (!created.isMissingNode()) {
                assertThat(created.path("headers").has("Location")).as("Location of %s", name).isTrue();
            }
        });
    }

    @Test
    void everyOperationShouldBeInTheContractWithItsParametersAndStatuses() {
        Map<String, String> sections = contract.endpoints();
        operations().forEach((name, operation) -> {
            assertThat(sections).as("a heading `### %s` in %s", name, CONTRACT).containsKey(name);
            String section = sections.get(name);
            // a path parameter is in the heading itself
            operation.path("parameters").forEach(parameter -> assertThat(parameter.get("in").asString().equals("path")
                    || section.contains("`" + parameter.get("name").asString() + "`"))
                    .as("parameter %s of %s in its section", parameter.get("name"), name).isTrue());
            operation.get("responses").propertyNames().forEach(status -> assertThat(section)
                    .as("status %s of %s", status, name).contains(status));
        });
        assertThat(operations().keySet()).as("endpoints named in %s", CONTRACT).containsAll(sections.keySet());
    }

    @Test
    void everySchemaAndEachOfItsFieldsShouldBeInTheContractAndNoOther() {
        Map<String, String> sections = contract.schemas();
        JsonNode schemas = api.get("components").get("schemas");
        schemas.properties().forEach(schema -> {
            assertThat(sections).as("a heading ### `%s` in %s", schema.getKey(), CONTRACT).containsKey(schema.getKey());
            Set<String> documented = ContractText.fieldsOf(sections.get(schema.getKey()));
            Set<String> fields = new TreeSet<>(schema.getValue().path("properties").propertyNames());
            assertThat(documented).as("fields of %s in %s", schema.getKey(), CONTRACT).isEqualTo(fields);
        });
        assertThat(schemas.propertyNames()).as("schemas named in %s", CONTRACT).containsAll(sections.keySet());
    }

    @Test
    void everyProblemCodeShouldBeInTheContractWithItsStatus() throws IOException {
        Map<String, Integer> documented = contract.problemCodes();
        Map<String, Integer> answered = ProblemCodes.answered();
        answered.forEach((code, status) -> assertThat(documented).as("%s in the problem codes of %s", code, CONTRACT)
                .containsEntry(code, status));
        assertThat(answered.keySet()).as("codes in %s that the service never answers with", CONTRACT)
                .containsAll(documented.keySet());
        Set<String> cellCodes = contract.cellCodes();
        assertThat(cellCodes).as("cell problem codes in %s", CONTRACT).isEqualTo(ProblemCodes.ofCells());
        ProblemCodes.literals().forEach(code -> assertThat(contract.text()).as("%s in %s", code, CONTRACT).contains(code));
        operations().forEach((name, operation) -> operation.get("responses").forEach(response -> response
                .path("content").path("application/problem+json").path("examples").propertyNames()
                .forEach(code -> assertThat(answered.containsKey(code) || code.matches("SHG-(HTTP|SERVER)-\\d{3}"))
                        .as("%s in an example of %s is a code the service answers with", code, name).isTrue())));
    }

    /**
     * A problem code an operation's words promise (its description, a parameter's, a status's) has an
     * example of its own there: the Idempotency-Key's SHG-IDEM-400 and SHG-IDEM-422 were named only in the
     * header's description, with neither a status description nor an example for a client to code against.
     */
    @Test
    void everyProblemCodeAnOperationNamesShouldHaveAnExampleThere() throws IOException {
        Map<String, Integer> answered = ProblemCodes.answered();
        Pattern code = Pattern.compile("SHG-[A-Z0-9]+(?:-[A-Z0-9]+)*");
        operations().forEach((name, operation) -> {
            StringBuilder words = new StringBuilder(operation.path("description").asString("")).append('\n');
            operation.path("parameters").forEach(p -> words.append(p.path("description").asString("")).append('\n'));
            Set<String> examples = new TreeSet<>();
            operation.get("responses").forEach(response -> {
                words.append(response.path("description").asString("")).append('\n');
                examples.addAll(response.path("content").path("application/problem+json").path("examples").propertyNames());
            });
            Set<String> named = new TreeSet<>();
            Matcher m = code.matcher(words);
            while (m.find()) {
                if (answered.containsKey(m.group())) {
                    named.add(m.group());
                }
            }
            assertThat(examples).as("examples of the problem codes %s names", name).containsAll(named);
        });
    }

    @Test
    void theReadmeShouldLinkTheContract() throws IOException {
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)).contains("(docs/api.md)");
    }

    /** Every operation under /api by "METHOD /path", in document order. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey()) && path.getKey().startsWith("/api/")) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private JsonNode resolveExample(JsonNode example) {
        String ref = example.path("$ref").asString("");
        if (ref.isEmpty()) {
            return example;
        }
        JsonNode resolved = api.at("/components/examples/" + ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(resolved.isMissingNode()).as("example %s", ref).isFalse();
        return resolved;
    }

    /** The sections of {@code docs/api.md}: endpoints, schemas and the tables of codes. */
    record ContractText(String text) {

        private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,4}) (.+)$");
        private static final Pattern ENDPOINT = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) (/\\S+)");
        private static final Pattern SCHEMA = Pattern.compile("`(\\w+)`");
        private static final Pattern FIELD_ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\|");
        private static final Pattern CODE_ROW = Pattern.compile("(?m)^\\| `(SHG-[A-Z0-9-]+)` \\| (\\d{3}|—) \\|");

        Map<String, String> endpoints() {
            return sections(ENDPOINT, m -> m.group(1) + " " + m.group(2));
        }

        Map<String, String> schemas() {
            return sections(SCHEMA, m -> m.group(1));
        }

        static Set<String> fieldsOf(String section) {
            Set<String> fields = new TreeSet<>();
            Matcher m = FIELD_ROW.matcher(section);
            while (m.find()) {
                fields.add(m.group(1));
            }
            return fields;
        }

        /** Rows {@code | `SHG-…` | 404 | …} of the problem tables. */
        Map<String, Integer> problemCodes() {
            Map<String, Integer> codes = new TreeMap<>();
            Matcher m = CODE_ROW.matcher(text);
            while (m.find()) {
                if (!m.group(2).equals("—")) {
                    codes.put(m.group(1), Integer.parseInt(m.group(2)));
                }
            }
            return codes;
        }

        /** Rows {@code | `SHG-TBL-…` | — | …}: codes of a cell's problem, inside a 422, with no status of their own. */
        Set<String> cellCodes() {
            Set<String> codes = new TreeSet<>();
            Matcher m = CODE_ROW.matcher(text);
            while (m.find()) {
                if (m.group(2).equals("—")) {
                    codes.add(m.group(1));
                }
            }
            return codes;
        }

        /** Third-level headings that match {@code title}, each with its text up to the next heading of level 1 to 3. */
        private Map<String, String> sections(Pattern title, java.util.function.Function<Matcher, String> key) {
            Map<String, String> sections = new LinkedHashMap<>();
            Matcher heading = HEADING.matcher(text);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (heading.find()) {
                int level = heading.group(1).length();
                if (level <= 3) {
                    starts.add(new int[] {heading.start(), heading.end(), level});
                    Matcher m = title.matcher(heading.group(2));
                    names.add(level == 3 && m.matches() ? key.apply(m) : null);
                }
            }
            for (int i = 0; i < starts.size(); i++) {
                if (names.get(i) != null) {
                    int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                    sections.put(names.get(i), text.substring(starts.get(i)[1], end));
                }
            }
            return sections;
        }
    }
}
