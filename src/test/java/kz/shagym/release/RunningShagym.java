package kz.shagym.release;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import kz.shagym.ShagymApplication;
import kz.shagym.ruleset.RuleSetRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application, started the way {@code java -jar} starts it, on a database and rule folders
 * of the test's choosing. Started by hand rather than by {@code @SpringBootTest} so that a test can
 * run two of them on one database, or stop one and start another: a restart.
 */
final class RunningShagym implements AutoCloseable {

    /**
     * Every caller's password is their name, kept as {@code {noop}} so that bcrypt does not set the
     * pace of the load test; {@code lawyer} may both upload and activate.
     */
    static final Map<String, List<String>> USERS = Map.of(
            "client", List.of("CLIENT"),
            "analyst", List.of("ANALYST"),
            "approver", List.of("APPROVER"),
            "auditor", List.of("AUDITOR"),
            "lawyer", List.of("ANALYST", "APPROVER"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final MockMvc mvc;

    private RunningShagym(ConfigurableApplicationContext context) {
        this.context = context;
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    /**
     * @param settings {@code key=value} pairs over the test defaults (folders not watched, nothing
     *        else changed from {@code application.yml}, which is the embedded demo)
     */
    static RunningShagym start(TestDatabase.Connected database, RuleFolders folders, String... settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.thymeleaf.check-template-location", "false");
        properties.put("shagym.release.watch-folders", "false");
        properties.putAll(database.springProperties());
        properties.putAll(folders.springProperties());
        int i = 0;
        for (Map.Entry<String, List<String>> user : USERS.entrySet()) {
            properties.put("shagym.security.users[" + i + "].name", user.getKey());
            properties.put("shagym.security.users[" + i + "].password", "{noop}" + user.getKey());
            properties.put("shagym.security.users[" + i + "].roles", String.join(",", user.getValue()));
            i++;
        }
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            properties.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> args = new ArrayList<>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new RunningShagym(new SpringApplicationBuilder(ShagymApplication.class).main(ShagymApplication.class).run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The id of the version this instance answers with (not what the database says). */
    String serving() {
        return bean(RuleSetRegistry.class).active().versionId();
    }

    /**
     * The events of {@code type} this application publishes from now on: a test waits for what it
     * is about (a folder edit taken in, an activation followed), not for time to pass.
     */
    <E> Signals<E> listen(Class<E> type) {
        Signals<E> signals = new Signals<>(type);
        context.addApplicationListener(signals);
        return signals;
    }

    /** Events of one type as they come, for a test to wait on. */
    static final class Signals<E> implements ApplicationListener<ApplicationEvent> {

        /** Not a timing claim: only what stops a test whose signal never comes from hanging the build. */
        private static final Duration HANG_GUARD = Duration.ofMinutes(1);

        private final Class<E> type;
        private final BlockingQueue<E> received = new LinkedBlockingQueue<>();

        private Signals(Class<E> type) {
            this.type = type;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> payload && type.isInstance(payload.getPayload())) {
                received.add(type.cast(payload.getPayload()));
            }
        }

        /** Waits for the next event that matches, passing over the others. */
        E next(Predicate<E> matching) {
            long deadline = System.nanoTime() + HANG_GUARD.toNanos();
            try {
                while (true) {
                    E event = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (event == null) {
                        throw new AssertionError("no matching " + type.getSimpleName() + " within " + HANG_GUARD);
                    }
                    if (matching.test(event)) {
                        return event;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + type.getSimpleName(), e);
            }
        }
    }

    Caller as(String user) {
        return new Caller(user, httpBasic(user, user));
    }

    /** A caller that signs in with a bearer token instead of a password. */
    Caller bearing(String token) {
        return new Caller(null, request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        });
    }

    @Override
    public void close() {
        context.close();
    }

    /** The API as one signed-in user sees it. */
    final class Caller {

        /** The demo user's name, or null for a bearer token (the workbench takes no tokens). */
        private final String user;
        private final RequestPostProcessor credentials;

        private Caller(String user, RequestPostProcessor credentials) {
            this.user = user;
            this.credentials = credentials;
        }

        Reply upload(String fileName, byte[] bytes) {
            return send(MockMvcRequestBuilders.multipart("/api/v1/rulesets").file(new MockMultipartFile("file",
                    fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes)));
        }

        Reply activate(String versionId, String reason) {
            return send(MockMvcRequestBuilders.post("/api/v1/rulesets/{id}/activation", versionId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(Map.of("reason", reason))));
        }

        /** An approver's answer to a draft: {@code rejection} or {@code return}, with a reason (null: none sent). */
        Reply review(String versionId, String answer, String reason) {
            return send(MockMvcRequestBuilders.post("/api/v1/rulesets/{id}/{answer}", versionId, answer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(reason == null ? "{}" : JSON.writeValueAsString(Map.of("reason", reason))));
        }

        Reply decide(String factsJson) {
            return send(MockMvcRequestBuilders.post("/api/v1/decisions")
                    .contentType(MediaType.APPLICATION_JSON).content(factsJson));
        }

        /** A what-if: the decision under a version of the caller's choice. */
        Reply decideUnder(String versionId, String factsJson) {
            return send(MockMvcRequestBuilders.post("/api/v1/decisions").queryParam("version", versionId)
                    .contentType(MediaType.APPLICATION_JSON).content(factsJson));
        }

        Reply get(String path, Object... variables) {
            return send(MockMvcRequestBuilders.get(path, variables));
        }

        Reply post(String path, Object... variables) {
            return send(MockMvcRequestBuilders.post(path, variables));
        }

        /**
         * The workbench's check form as a signed-in browser posts it (with its CSRF token).
         *
         * @return the redirect's flash attributes: {@code errorText} when the upload was refused
         */
        Map<String, Object> checkOnWorkbench(String fileName, byte[] bytes) {
            try {
                var result = mvc.perform(MockMvcRequestBuilders.multipart("/workbench/check")
                        .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes))
                        .with(user(user).roles(USERS.get(user).toArray(String[]::new))).with(csrf())).andReturn();
                if (result.getResponse().getStatus() != 302) {
                    throw new IllegalStateException("the check form answered " + result.getResponse().getStatus());
                }
                return new LinkedHashMap<>(result.getFlashMap());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The workbench's check form, then the check page in the same session: what the analyst sees
         * of an upload the form took (its grids, problems and diff).
         *
         * @return the page's HTML, or the refusal text when the form did not take the upload
         */
        String checkPageOnWorkbench(String fileName, byte[] bytes) {
            try {
                MockHttpSession session = new MockHttpSession();
                var posted = mvc.perform(MockMvcRequestBuilders.multipart("/workbench/check")
                        .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes))
                        .session(session).with(user(user).roles(USERS.get(user).toArray(String[]::new))).with(csrf()))
                        .andReturn();
                Object refused = posted.getFlashMap().get("errorText");
                if (refused != null) {
                    return refused.toString();
                }
                MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/workbench/check").session(session)
                        .with(user(user).roles(USERS.get(user).toArray(String[]::new)))).andReturn().getResponse();
                if (page.getStatus() != 200) {
                    throw new IllegalStateException("the check page answered " + page.getStatus());
                }
                return page.getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        Reply send(AbstractMockHttpServletRequestBuilder<?> request) {
            return perform(request.with(credentials));
        }
    }

    private Reply perform(RequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            String type = response.getContentType();
            JsonNode json = type != null && type.contains("json") && !body.isEmpty() ? JSON.readTree(body) : null;
            return new Reply(response.getStatus(), type, json, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, content type and, when it is JSON, the parsed body. */
    record Reply(int status, String contentType, JsonNode json, String body) {

        /** The text at a JSON pointer ({@code /review/deadline}), or null when absent. */
        String at(String pointer) {
            JsonNode node = json == null ? null : json.at(pointer);
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
