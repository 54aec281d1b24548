package kz.shagym.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the jar that {@code mvn package} built, as an operator would with {@code java -jar}, on the
 * embedded default database, and posts a complaint to it. Catches what only the fat jar shows:
 * Drools compiling inside it, resources that are missing from it, start-up configuration.
 */
class PackagedAppIT {

    @TempDir
    static Path workDir;
    private static Process app;
    private static int port;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("shagym-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn package first"));
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path root = Path.of("").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--shagym.rules.rules-dir=" + root.resolve("rules"),
                "--shagym.rules.tables-dir=" + root.resolve("decision-tables")))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile());
        app = builder.start();
        waitForHealth();
    }

    private static void waitForHealth() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited: " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become healthy: " + log());
    }

    private static String log() throws IOException {
        File f = workDir.resolve("app.log").toFile();
        return f.exists() ? Files.readString(f.toPath()) : "(no log)";
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void packagedAppAnswersAComplaintWithTheDomainDeadlines() throws Exception {
        String body = """
                {"complaintId":"IT-1","respondent":"SERVICE_PROVIDER","receivedBy":"SERVICE_PROVIDER","receivedOn":"2025-03-19"}""";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/decisions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("client:client".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"outcome\":\"FORWARD_TO_REVIEWING_BODY\"")
                .contains("\"deadline\":\"2025-03-27\"")
                .contains("\"deadline\":\"2025-03-31\"");
    }

    @Test
    void packagedAppKeepsItsEmbeddedDatabaseInItsWorkingDirectory() {
        assertThat(workDir.resolve("data")).isDirectory();
    }
}
