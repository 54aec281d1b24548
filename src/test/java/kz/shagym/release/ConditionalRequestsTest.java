package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP, with every filter of the packaged service: {@code Location} on each 201, strong ETags
 * on the answers that show one stored thing, {@code 304} for a matching {@code If-None-Match}, and a new
 * ETag once the thing shown has changed.
 */
class ConditionalRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path checkpoints;

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;
    static HttpClient http;
    static String shipped;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.audit.checkpoints.dir=" + checkpoints);
        http = HttpClient.newHttpClient();
        shipped = folders.versionId();
    }

    @AfterAll
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // closed in reverse order: the application first, then its folders and database
        }
    }

    @Test
    void aFileOfAVersionShouldCarryItsSha256AsAStrongImmutableEtagAndAnswer304ToIt() throws Exception {
        JsonNode version = json(get("analyst", "/api/v1/rulesets/" + shipped, null));
        String sha256 = fileOf(version, ShippedTables.TIME_LIMITS_PATH).get("sha256").asString();
        String path = "/api/v1/rulesets/" + shipped + "/files/" + ShippedTables.TIME_LIMITS_PATH;

        HttpResponse<byte[]> first = get("analyst", path, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.body()))).isEqualTo(sha256);
        assertThat(first.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable", "private");

        HttpResponse<byte[]> again = get("analyst", path, "\"" + sha256 + "\"");

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");

        String draft = upload(ShippedTables.timeLimitsWithReviewDays("T06", 11), "ETag of a changed file").id();
        HttpResponse<byte[]> changed = get("analyst", "/api/v1/rulesets/" + draft + "/files/"
                + ShippedTables.TIME_LIMITS_PATH, "\"" + sha256 + "\"");

        assertThat(changed.statusCode()).as("another version's changed file is not the one the caller holds")
                .isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo("\"" + sha256 + "\"");
    }

    @Test
    void aVersionsDescriptionShouldGetANewEtagWhenItsStateChanges() throws Exception {
        String draft = upload(ShippedTables.timeLimitsWithReviewDays("T06", 12), "ETag of a state").id();
        HttpResponse<byte[]> asDraft = get("approver", "/api/v1/rulesets/" + draft, null);
        String draftTag = asDraft.headers().firstValue("ETag").orElseThrow();
        assertThat(asDraft.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        assertThat(get("approver", "/api/v1/rulesets/" + draft, draftTag).statusCode()).isEqualTo(304);
        String activeTag = get("approver", "/api/v1/rulesets/active", null).headers().firstValue("ETag").orElseThrow();

        try {
            assertThat(post("approver", "/api/v1/rulesets/" + draft + "/activation", "{\"reason\":\"ETag test\"}")
                    .statusCode()).isEqualTo(200);

            HttpResponse<byte[]> asActive = get("approver", "/api/v1/rulesets/" + draft, draftTag);
            assertThat(asActive.statusCode()).isEqualTo(200);
            assertThat(json(asActive).get("state").asString()).isEqualTo("ACTIVE");
            assertThat(asActive.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(draftTag);
            assertThat(get("approver", "/api/v1/rulesets/active", activeTag).statusCode())
                    .as("another version is active now").isEqualTo(200);
        } finally {
            post("approver", "/api/v1/rulesets/" + shipped + "/activation", "{\"reason\":\"back to the shipped set\"}");
        }
    }

    @Test
    void aDiffShouldAnswer304ToItsEtagAndTheOppositeDiffShouldHaveAnotherOne() throws Exception {
        String draft = upload(ShippedTables.timeLimitsWithReviewDays("T06", 13), "ETag of a diff").id();
        HttpResponse<byte[]> forward = get("auditor", "/api/v1/rulesets/" + shipped + "/diff/" + draft, null);
        String tag = forward.headers().firstValue("ETag").orElseThrow();

        assertThat(tag).matches("\"[0-9a-f]{64}\"");
        assertThat(get("auditor", "/api/v1/rulesets/" + shipped + "/diff/" + draft, tag).statusCode()).isEqualTo(304);
        assertThat(get("auditor", "/api/v1/rulesets/" + draft + "/diff/" + shipped, tag).statusCode()).isEqualTo(200);
    }

    @Test
    void aRecordedDecisionShouldAnswer304ToItsEtagButStayOutOfCaches() throws Exception {
        String first = decide("etag-1");
        String second = decide("etag-2");

        HttpResponse<byte[]> record = get("auditor", "/api/v1/decisions/" + first, null);
        String tag = record.headers().firstValue("ETag").orElseThrow();

        assertThat(record.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(get("auditor", "/api/v1/decisions/" + first, tag).statusCode()).isEqualTo(304);
        assertThat(get("auditor", "/api/v1/decisions/" + second, tag).statusCode()).isEqualTo(200);
        assertThat(get("auditor", "/api/v1/decisions", tag).headers().firstValue("ETag"))
                .as("a search is not one stored thing").isEmpty();
    }

    @Test
    void anUploadThatStoresAVersionShouldSay201WithItsLocationAndTheSameUploadAgain200WithContentLocation()
            throws Exception {
        byte[] table = ShippedTables.timeLimitsWithReviewDays("T06", 14);

        Uploaded created = upload(table, "Location");
        Uploaded again = upload(table, "Location");

        assertThat(created.response().statusCode()).isEqualTo(201);
        assertThat(created.response().headers().firstValue("Location")).hasValue("/api/v1/rulesets/" + created.id());
        assertThat(json(get("analyst", created.response().headers().firstValue("Location").orElseThrow(), null))
                .get("id").asString()).isEqualTo(created.id());
        assertThat(again.response().statusCode()).isEqualTo(200);
        assertThat(again.id()).isEqualTo(created.id());
        assertThat(again.response().headers().firstValue("Location")).isEmpty();
        assertThat(again.response().headers().firstValue("Content-Location")).hasValue("/api/v1/rulesets/" + created.id());
    }

    @Test
    void aSignedCheckpointShouldSay201WithALocationThatReadsItBack() throws Exception {
        post("client", "/api/v1/decisions", Complaints.toServiceProvider("checkpoint-1"));

        HttpResponse<byte[]> signed = post("auditor", "/api/v1/audit/checkpoints", null);

        assertThat(signed.statusCode()).isEqualTo(201);
        String location = signed.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/v1/audit/checkpoints/" + json(signed).get("file").asString());
        HttpResponse<byte[]> read = get("auditor", location, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("hash").asString()).isEqualTo(json(signed).get("hash").asString());
        assertThat(json(read).get("signature").asString()).isEqualTo(json(signed).get("signature").asString());
        assertThat(json(read).get("trusted").asBoolean()).isTrue();
        assertThat(get("auditor", location, read.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
        assertThat(json(get("auditor", "/api/v1/audit/checkpoints/checkpoint-0000000000000000001-20990101T000000000Z.json",
                null)).get("code").asString()).isEqualTo("SHG-CHECKPOINT-404");
        assertThat(get("auditor", "/api/v1/audit/checkpoints/..%2Fcheckpoint-signing-key.pem", null).statusCode())
                .isIn(400, 404);
    }

    @Test
    void theListOfVersionsShouldCarryEachReportAsAnObjectBesideTheDeprecatedText() throws Exception {
        JsonNode listed = json(get("auditor", "/api/v1/rulesets", null)).get(0);

        assertThat(listed.get("report").isString()).isTrue();
        assertThat(listed.get("reportObject").isObject()).isTrue();
        assertThat(JSON.readTree(listed.get("report").asString())).isEqualTo(listed.get("reportObject"));
    }

    private static String decide(String complaintId) throws IOException, InterruptedException {
        return json(post("client", "/api/v1/decisions", Complaints.toServiceProvider(complaintId)))
                .get("decisionId").asString();
    }

    private record Uploaded(HttpResponse<byte[]> response, String id) {
    }

    private static Uploaded upload(byte[] table, String comment) throws IOException, InterruptedException {
        String boundary = "shagym-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\n" + comment
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + ShippedTables.TIME_LIMITS + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(table);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = http.send(request("analyst", "/api/v1/rulesets")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isIn(200, 201);
        return new Uploaded(response, json(response).get("id").asString());
    }

    private static HttpResponse<byte[]> get(String user, String path, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(user, path).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String user, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(user, path);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Authorization", "Basic " + credentials);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode fileOf(JsonNode version, String path) {
        for (JsonNode file : version.get("files")) {
            if (file.get("path").asString().equals(path)) {
                return file;
            }
        }
        throw new AssertionError("no " + path + " in " + version);
    }
}
