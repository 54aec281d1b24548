package kz.shagym.release;

import java.io.ByteArrayOutputStream;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar {@code mvn package} built, started with {@code java -jar} as an operator would (the demo users
 * of {@code application.yml}, password = name) on a test database and rule folders, and stopped either
 * politely or with {@code kill -9}. Only for *IT tests, which run after packaging.
 */
final class PackagedShagym implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedShagym(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and returns once {@code /actuator/health} answers 200. */
    static PackagedShagym start(TestDatabase.Connected db, RuleFolders folders, Path workDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: starts in about half the time, and a kill does not care how the code was compiled
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.main.banner-mode=off",
                "--shagym.release.watch-folders=false"));
        db.springProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
        folders.springProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = workDir.resolve("app-" + UUID.randomUUID() + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedShagym app = new PackagedShagym(process, port, log);
        try {
            app.awaitHealthy();
        } catch (Exception | Error notStarted) {
            app.kill();
            throw notStarted;
        }
        return app;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("shagym-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn package first"))
                    .toAbsolutePath();
        }
    }

    private void awaitHealthy() throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited: " + logTail());
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/actuator/health")).GET(), null).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting: no readiness signal exists before the port opens
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app did not become healthy: " + logTail());
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye to the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String logTail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "(no log)";
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /** An answer: status and, when there is one, the JSON body. */
    record Answer(int status, JsonNode json) {
    }

    Answer postJson(String user, String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    Answer postJson(String user, String path, Map<String, String> body) throws IOException, InterruptedException {
        return postJson(user, path, JSON.writeValueAsString(body));
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    /** {@code POST /api/v1/rulesets} with one file, as a multipart form. */
    Answer upload(String user, String fileName, byte[] bytes) throws IOException, InterruptedException {
        String boundary = "shagym-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/rulesets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    private Answer send(HttpRequest.Builder request, String user) throws IOException, InterruptedException {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), json);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
