package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Code never arrives through an upload: each rule file or template of {@code src/test/resources/attacks/}
 * (see its README), sent through the API and through the workbench's check form of a running
 * service, is refused with 422 before it is compiled. Three witnesses that nothing ran: the copy
 * rule's marker file never appears; {@code exit.drl} would end this test's JVM and
 * {@code endless-eval.drl} would hang it; and no version or action is stored.
 */
class UploadAttackTest {

    static final Path ATTACKS = Path.of("src/test/resources/attacks");
    /** Where {@code copy-file.drl} writes when it runs (relative to the project, as the tests run). */
    static final Path MARKER = Path.of("target/attack-marker");

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders);
    }

    @AfterAll
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // closed in reverse order
        }
    }

    @BeforeEach
    void noMarkerYet() throws IOException {
        if (Files.exists(MARKER)) {
            try (Stream<Path> files = Files.walk(MARKER)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"exit.drl", "copy-file.drl", "endless-eval.drl", "routing-with-exit.drt"})
    void ruleFileUploadedThroughTheApiShouldBeRefusedWith422AndNeverCompiled(String fixture) {
        int versions = versions();
        int actions = actions();

        Reply upload = app.as("analyst").upload(fixture, attack(fixture));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.contentType()).startsWith("application/problem+json");
        assertThat(upload.at("/code")).isEqualTo("SHG-UPLOAD-422-CODE");
        assertThat(upload.at("/title")).isEqualTo("Code cannot be uploaded");
        assertThat(upload.at("/files/0/path")).isEqualTo("rules/" + fixture);
        assertTrilingual(upload.json());
        assertNothingRanOrWasStored(versions, actions);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exit.drl", "copy-file.drl", "endless-eval.drl", "routing-with-exit.drt"})
    void ruleFileUploadedOnTheWorkbenchShouldBeRefusedAndNeverCompiled(String fixture) {
        int versions = versions();
        int actions = actions();

        Map<String, Object> flash = app.as("analyst").checkOnWorkbench(fixture, attack(fixture));

        assertThat((String) flash.get("errorText")).contains("«" + fixture + "»", "[SHG-UPLOAD-422-CODE]");
        assertNothingRanOrWasStored(versions, actions);
    }

    @Test
    void zipWhoseRulesDifferFromTheActiveSetShouldBeRefusedNamingEachChangedRuleFile() {
        int versions = versions();
        int actions = actions();

        Reply upload = app.as("analyst").upload("set.zip", attack("set-with-changed-rules.zip"));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-UPLOAD-422-CODE");
        assertThat(upload.json().get("files").valueStream()
                .map(f -> f.get("path").asString() + " " + f.get("change").asString()))
                .containsExactly("rules/backdoor.drl ADDED", "rules/decision.drl CHANGED");
        assertThat(upload.at("/messageEn")).contains("rules/backdoor.drl", "rules/decision.drl");
        assertNothingRanOrWasStored(versions, actions);

        Map<String, Object> flash = app.as("analyst").checkOnWorkbench("set.zip", attack("set-with-changed-rules.zip"));
        assertThat((String) flash.get("errorText")).contains("rules/decision.drl", "[SHG-UPLOAD-422-CODE]");
        assertNothingRanOrWasStored(versions, actions);
    }

    @Test
    void zipWithoutTheRulesShouldBeRefusedNamingTheMissingOnes() throws IOException {
        Reply upload = app.as("analyst").upload("tables.zip", zipOfFolder(folders.tablesDir(), "decision-tables/"));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-UPLOAD-422-CODE");
        assertThat(upload.json().get("files").valueStream().map(f -> f.get("change").asString())).isNotEmpty()
                .allMatch("REMOVED"::equals);
        assertThat(upload.json().get("files").valueStream().map(f -> f.get("path").asString()))
                .contains("rules/decision.drl", "rules/routing.drt");
    }

    private static void assertNothingRanOrWasStored(int versions, int actions) {
        assertThat(MARKER).as("the copy rule ran").doesNotExist();
        assertThat(versions()).as("versions stored").isEqualTo(versions);
        assertThat(actions()).as("administrative actions recorded").isEqualTo(actions);
    }

    static void assertTrilingual(JsonNode problem) {
        String ru = problem.get("message").asString();
        String kk = problem.get("messageKk").asString();
        String en = problem.get("messageEn").asString();
        assertThat(ru).isNotBlank().isNotEqualTo(kk).isNotEqualTo(en);
        assertThat(kk).isNotBlank().isNotEqualTo(en);
    }

    static byte[] attack(String fixture) {
        try {
            return Files.readAllBytes(ATTACKS.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int versions() {
        return app.bean(RuleSetVersionStore.class).list().size();
    }

    private static int actions() {
        return app.as("auditor").get("/api/v1/audit/actions").json().size();
    }

    private static byte[] zipOfFolder(Path folder, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
