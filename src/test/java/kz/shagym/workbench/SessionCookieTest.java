package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cookies and sessions as Tomcat makes them (MockMvc has no real session): nobody gets a session before
 * signing in, so a stranger's requests, however many, keep nothing on the server; the session, the language
 * and the sign-in form's token cookies are SameSite=Lax and HttpOnly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

    private static final Path WORK = Folders.copyOfTheShippedSet();
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void onACopyOfTheShippedSet(DynamicPropertyRegistry registry) {
        registry.add("shagym.rules.rules-dir", () -> WORK.resolve("rules").toString());
        registry.add("shagym.rules.tables-dir", () -> WORK.resolve("decision-tables").toString());
        registry.add("shagym.release.watch-folders", () -> "false");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + WORK.resolve("db/shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Counts the sessions Tomcat creates: the server's own count, not the cookies it happens to send. */
    @TestConfiguration
    static class SessionCount {
        @Bean
        SessionsCreated sessionsCreated() {
            return new SessionsCreated();
        }
    }

    static final class SessionsCreated implements HttpSessionListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            count.incrementAndGet();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SessionsCreated sessions;

    @AfterAll
    static void deleteTheCopy() {
        Folders.delete(WORK);
    }

    @Test
    void signInPageShouldSetLanguageAndTokenCookiesThatOtherSitesCannotSendAndNoSession() throws Exception {
        HttpResponse<String> page = send(HttpClient.newHttpClient(), get("/login?lang=kk"));

        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(cookies).filteredOn(c -> c.startsWith("shagym-lang=")).singleElement().satisfies(language -> assertThat(
                language).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement().satisfies(token -> assertThat(
                token).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(FORM_TOKEN.matcher(page.body()).find()).isTrue();
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none';"
                        + " base-uri 'none'");
    }

    @Test
    void strangersRequestsShouldCreateNoSessionWhateverTheyAskFor() throws Exception {
        HttpClient stranger = HttpClient.newHttpClient();
        int before = sessions.count.get();
        List<String> pages = List.of("/", "/workbench", "/workbench/audit", "/workbench/audit/decisions/D-1",
                "/workbench/check", "/no-such-page", "/login", "/login?error", "/login?expired", "/login?lang=en",
                "/error", "/swagger-ui.html");
        for (String path : pages) {
            HttpResponse<String> response = send(stranger, get(path));
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        HttpResponse<String> wrongPassword = signIn(new CookieManager(null, CookiePolicy.ACCEPT_ALL), "auditor", "wrong");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(wrongPassword.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(sessions.count.get()).isEqualTo(before);
    }

    @Test
    void signingInAfterBeingSentToSignInShouldMakeOneSessionAndReturnToThePageAskedFor() throws Exception {
        CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
        HttpResponse<String> asked = send(browser, get("/workbench/audit"));
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        int before = sessions.count.get();

        HttpResponse<String> signedIn = signIn(jar, "auditor", "auditor");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/audit"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(session -> assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(sessions.count.get()).isEqualTo(before + 1);
        assertThat(send(browser, get("/workbench/audit")).statusCode()).isEqualTo(200);
    }

    /** Fetches the sign-in page for its form token, then posts the form, with the cookies of {@code jar}. */
    private HttpResponse<String> signIn(CookieManager jar, String name, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
        Matcher token = FORM_TOKEN.matcher(send(browser, get("/login")).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + name + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send(browser, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
