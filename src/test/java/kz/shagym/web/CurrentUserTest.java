package kz.shagym.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUserTest {

    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nameShouldBeTheSignedInUsersWithTheirRoles() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "analyst", null, AuthorityUtils.createAuthorityList("ROLE_ANALYST", "ROLE_AUDITOR", "SCOPE_x")));

        assertThat(currentUser.name()).contains("analyst");
        assertThat(currentUser.roles()).containsExactly(Role.ANALYST, Role.AUDITOR);
    }

    @Test
    void nameShouldBeEmptyForAnAnonymousRequest() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(currentUser.name()).isEmpty();
        assertThat(currentUser.roles()).isEmpty();
    }

    @Test
    void nameShouldBeEmptyOutsideARequest() {
        assertThat(currentUser.name()).isEmpty();
        assertThat(List.copyOf(currentUser.roles())).isEmpty();
    }
}
