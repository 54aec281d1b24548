package kz.shagym.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for the features that record it (the audit log, the workbench): the user name of HTTP
 * Basic and form login, or the principal claim ({@code sub}) of a bearer token.
 */
@Component
public class CurrentUser {

    /** The signed-in user's name, or empty for an anonymous request or outside a request. */
    public Optional<String> name() {
        return authentication().map(Authentication::getName);
    }

    /** The roles of the signed-in user; empty when anonymous. */
    public Set<Role> roles() {
        Set<String> authorities = authentication().stream()
                .flatMap(authentication -> authentication.getAuthorities().stream())
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }
}
