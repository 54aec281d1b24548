package kz.shagym.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.shagym.web.ProblemStatus;
import kz.shagym.web.Role;
import kz.shagym.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every workbench page needs (who is signed in, texts in their language), and errors shown as a
 * page instead of the API's problem JSON. Ordered before the API's advice, and only for this package.
 */
@ControllerAdvice(basePackageClasses = WorkbenchAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchAdvice {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchAdvice.class);

    private final WorkbenchSettings settings;

    WorkbenchAdvice(WorkbenchSettings settings) {
        this.settings = settings;
    }

    /**
     * Read from the request's principal rather than from {@code web.CurrentUser}: this advice is part
     * of every MVC slice (it is a controller advice), and must not need beans the slices lack.
     */
    @ModelAttribute("me")
    Me me(Principal principal) {
        if (!(principal instanceof Authentication authentication)) {
            return new Me("", Set.of());
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Me(authentication.getName(), Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority())).collect(Collectors.toSet()));
    }

    @ModelAttribute("texts")
    Texts texts(Locale locale) {
        return new Texts(locale, settings.zone());
    }

    /** This page's address without {@code lang}, for the language switch. */
    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())) {
            // a page shown in answer to a form: switch the language on the page the form was on
            return path.endsWith("/replay") ? path.substring(0, path.length() - "/replay".length()) : path;
        }
        return UriComponentsBuilder.fromPath(path).query(request.getQueryString()).replaceQueryParam("lang")
                .build().toUriString();
    }

    @ExceptionHandler(RuntimeException.class)
    String failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        model.addAttribute("me", me(request.getUserPrincipal()));
        model.addAttribute("texts", texts(locale));
        model.addAttribute("here", "/workbench");
        if (e instanceof ProblemException problem) {
            int status = ProblemStatus.of(problem.category()).value();
            response.setStatus(status);
            model.addAttribute("status", status);
            model.addAttribute("code", problem.code());
            model.addAttribute("detail", problem.detail());
            log.debug("{} {} answered {} {}", request.getMethod(), request.getRequestURI(), status, problem.code());
        } else if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            response.setStatus(spring.getStatusCode().value());
            model.addAttribute("status", spring.getStatusCode().value());
        } else {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected error on {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
            response.setStatus(500);
            model.addAttribute("status", 500);
            model.addAttribute("incident", incident);
        }
        return "workbench/error";
    }
}
