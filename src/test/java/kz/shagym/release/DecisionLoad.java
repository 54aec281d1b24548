package kz.shagym.release;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Callers posting decisions over real HTTP, each as fast as it is answered, until stopped. */
final class DecisionLoad implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    private DecisionLoad(int callers) {
        threads = Executors.newFixedThreadPool(callers);
    }

    static DecisionLoad start(int port, String user, int callers, Function<String, String> facts) {
        DecisionLoad load = new DecisionLoad(callers);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        for (int c = 0; c < callers; c++) {
            int caller = c;
            load.threads.submit(() -> {
                for (int n = 0; load.running.get(); n++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/decisions"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", authorization)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(facts.apply("load-" + caller + "-" + n)))
                            .build();
                    load.answers.add(load.send(http, request));
                    load.count.incrementAndGet();
                }
            });
        }
        return load;
    }

    /** Waits until {@code more} answers have come in after this call. */
    void awaitMoreAnswers(int more, Duration atMost) {
        int target = count.get() + more;
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(10)).until(() -> count.get() >= target);
    }

    /** Stops the callers and returns every answer they got. */
    List<Answer> stop() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("callers did not stop");
        }
        return new ArrayList<>(answers);
    }

    @Override
    public void close() {
        running.set(false);
        threads.shutdownNow();
    }

    private Answer send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().startsWith("{") ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), body, response.body());
        } catch (Exception e) {
            return new Answer(-1, null, e.toString());
        }
    }

    /** One response: its status and, when it was JSON, its body. */
    record Answer(int status, JsonNode reply, String text) {

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
