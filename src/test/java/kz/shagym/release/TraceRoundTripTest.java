package kz.shagym.release;

import static kz.shagym.release.Complaints.toServiceProvider;
import static org.assertj.core.api.Assertions.assertThat;

import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The trace over HTTP with the real rules and the audit log: given with {@code ?trace=true}, kept out
 * of the stored answer, and given again, equal, by a replay with {@code ?trace=true}.
 */
class TraceRoundTripTest {

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
            // closed in reverse order: the application first, then its folders and database
        }
    }

    @Test
    void decisionWithTraceShouldNotStoreItAndReplayWithTraceShouldGiveTheSameTrace() {
        Reply traced = app.as("client").send(MockMvcRequestBuilders.post("/api/v1/decisions").queryParam("trace", "true")
                .contentType(MediaType.APPLICATION_JSON).content(toServiceProvider("traced-1")));

        assertThat(traced.status()).as("%s", traced).isEqualTo(200);
        JsonNode trace = traced.json().get("trace");
        assertThat(trace.valueStream().filter(t -> t.get("fired").asBoolean()).map(t -> t.get("id").asString()))
                .containsExactly("R01", "T01");
        JsonNode r05 = trace.valueStream().filter(t -> t.get("id").asString().equals("R05")).findFirst().orElseThrow();
        assertThat(r05.get("matched").asBoolean()).isFalse();
        assertThat(r05.at("/failedCondition/column").asString()).isEqualTo("receivedBy");
        assertThat(r05.at("/failedCondition/expected").asString()).isEqualTo("HIGHER_BODY");
        assertThat(r05.at("/failedCondition/actual").asString()).isEqualTo("SERVICE_PROVIDER");
        assertThat(r05.at("/label/ru").asString()).isEqualTo("Маршрутизация жалоб, строка 8 (R05)");
        // A row that decided reads the same in the trace as in the explanations.
        JsonNode explanations = traced.json().get("explanations");
        trace.valueStream().filter(t -> t.get("fired").asBoolean()).forEach(t -> assertThat(explanations.valueStream()
                .filter(e -> e.get("rule").asString().equals(t.get("rule").asString())).map(e -> e.get("label")))
                .as("%s", t.get("rule")).containsExactly(t.get("label")));

        String id = traced.at("/decisionId");
        Reply stored = app.as("auditor").get("/api/v1/decisions/{id}", id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).doesNotContain("\"trace\"", "failedCondition");

        Reply replay = app.as("auditor").post("/api/v1/decisions/{id}/replay?trace=true", id);
        assertThat(replay.status()).as("%s", replay).isEqualTo(200);
        assertThat(replay.json().get("trace")).isEqualTo(trace);
        assertThat(replay.json().at("/recorded/equal").asBoolean()).isTrue();
        Reply plainReplay = app.as("auditor").post("/api/v1/decisions/{id}/replay", id);
        assertThat(plainReplay.json().has("trace")).isFalse();
    }
}
