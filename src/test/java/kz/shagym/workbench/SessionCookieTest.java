package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cookies as Tomcat writes them (MockMvc has no real session cookie): the session and the language
 * cookie are SameSite=Lax and HttpOnly. CSRF tokens live in the session, so there is no CSRF cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

    private static final Path WORK = Folders.copyOfTheShippedSet();

    @DynamicPropertySource
    static void onACopyOfTheShippedSet(DynamicPropertyRegistry registry) {
        registry.add("shagym.rules.rules-dir", () -> WORK.resolve("rules").toString());
        registry.add("shagym.rules.tables-dir", () -> WORK.resolve("decision-tables").toString());
        registry.add("shagym.release.watch-folders", () -> "false");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + WORK.resolve("db/shagym") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void deleteTheCopy() {
        Folders.delete(WORK);
    }

    @Test
    void signInPageShouldSetSessionAndLanguageCookiesThatOtherSitesCannotSend() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?lang=kk")).build(),
                HttpResponse.BodyHandlers.ofString());

        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(session -> assertThat(
                session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).filteredOn(c -> c.startsWith("shagym-lang=")).singleElement().satisfies(language -> assertThat(
                language).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).noneMatch(c -> c.toUpperCase().contains("CSRF"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none';"
                        + " base-uri 'none'");
    }
}
