package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.shagym.release.Releases;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The sign-in page: Russian whatever the browser says, Kazakh or English on request, CSRF in the form. */
@WebMvcTest(HomeController.class)
@Import(WebConfiguration.class)
class SignInPageTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void signInPageShouldBeRussianEvenForAnEnglishBrowser() throws Exception {
        MvcTestResult result = mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9").exchange();

        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("Вход в рабочее место", "lang=\"ru\"", "name=\"_csrf\"");
    }

    @Test
    void signInPageShouldSpeakKazakhOrEnglishWhenAskedAndIgnoreOtherLanguages() throws Exception {
        assertThat(html(mvc.get().uri("/login?lang=kk").exchange())).contains("Жұмыс орнына кіру", "lang=\"kk\"");
        assertThat(html(mvc.get().uri("/login?lang=en").exchange())).contains("Sign in to the workbench");
        assertThat(html(mvc.get().uri("/login?lang=de").exchange())).contains("Вход в рабочее место");
    }

    @Test
    void aWrongPasswordShouldBeSaidInTheChosenLanguage() throws Exception {
        assertThat(html(mvc.get().uri("/login?error").exchange())).contains("Неверное имя пользователя или пароль.");
    }

    @Test
    void anExpiredSessionShouldBeExplainedOnTheSignInPage() throws Exception {
        assertThat(html(mvc.get().uri("/login?expired").exchange())).contains("Сеанс истёк. Войдите снова");
        assertThat(html(mvc.get().uri("/login?expired&lang=kk").exchange())).contains("Сеанс аяқталды");
    }

    @Test
    void aLockedSignInShouldBeSaidWithTheMinutesToWaitInTheChosenLanguage() throws Exception {
        assertThat(html(mvc.get().uri("/login/locked").requestAttr("signInLockedMinutes", 15L).exchange()))
                .contains("Слишком много неудачных попыток входа", "через 15 мин.")
                .doesNotContain("Неверное имя пользователя или пароль.");
        assertThat(html(mvc.get().uri("/login/locked?lang=kk").requestAttr("signInLockedMinutes", 3L).exchange()))
                .contains("3 минуттан кейін қайта кіре аласыз");
        assertThat(html(mvc.get().uri("/login/locked?lang=en").requestAttr("signInLockedMinutes", 1L).exchange()))
                .contains("You can try again in 1 min.");
    }
}
