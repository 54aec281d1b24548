package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SecurityRulesTest.Endpoints.class)
@Import({WebConfiguration.class, SecurityRulesTest.Endpoints.class})
class PageSessionExpiryTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void formPostAfterTheSessionExpiredShouldSendToSignInSayingSoNotToANoAccessPage() {
        assertThat(mvc.post().uri("/workbench/check/publish").with(csrf().useInvalidToken()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/login?expired");
    }

    @Test
    void formPostWithABadTokenWhileSignedInShouldStillBeForbidden() {
        assertThat(mvc.post().uri("/workbench/check/publish").with(user("analyst").roles("ANALYST"))
                .with(csrf().useInvalidToken())).hasStatus(403);
    }
}
