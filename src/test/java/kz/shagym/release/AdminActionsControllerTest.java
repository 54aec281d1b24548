package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;
import kz.shagym.web.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AdminActionsController.class)
@Import(WebConfiguration.class)
class AdminActionsControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @Test
    @WithMockUser(roles = "AUDITOR")
    void recentShouldListWhoDidWhatAndCapTheLimit() {
        given(releases.trail(1000)).willReturn(List.of(new AdministrativeAction(7, "approver",
                Instant.parse("2025-03-19T10:00:00Z"), "ACTIVATION", "abc", "{\"reason\":\"letter\"}")));

        assertThat(mvc.get().uri("/api/v1/audit/actions?limit=50000")).hasStatusOk().bodyJson()
                .extractingPath("$[0].action").isEqualTo("ACTIVATION");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void recentShouldGiveTheDetailsAsAnObjectAndKeepTheDeprecatedTextBesideIt() {
        given(releases.trail(100)).willReturn(List.of(
                new AdministrativeAction(8, "analyst", Instant.parse("2025-03-19T09:00:00Z"), "UPLOAD", "def",
                        "{\"comment\":\"order 12\",\"problems\":0}"),
                new AdministrativeAction(7, "approver", Instant.parse("2025-03-19T10:00:00Z"), "ACTIVATION", "abc",
                        null)));

        var body = assertThat(mvc.get().uri("/api/v1/audit/actions")).hasStatusOk().bodyJson();
        body.extractingPath("$[0].detailsObject.comment").isEqualTo("order 12");
        body.extractingPath("$[0].detailsObject.problems").isEqualTo(0);
        body.extractingPath("$[0].details").isEqualTo("{\"comment\":\"order 12\",\"problems\":0}");
        body.extractingPath("$[1].detailsObject").isNull();
        body.extractingPath("$[1].details").isNull();
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void recentWhenTheCallerIsNotAnAuditorShouldBeForbidden() {
        assertThat(mvc.get().uri("/api/v1/audit/actions")).hasStatus(403);
    }
}
