package kz.shagym.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.shagym.problem.Messages;
import kz.shagym.problem.ProblemException;
import kz.shagym.web.ProblemStatus;
import kz.shagym.web.Role;
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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every workbench page needs (who is signed in, texts in their language), and the workbench's one
 * place for errors: a problem the analyst can act on is shown on the page of the action that met it (see
 * {@link ShowsProblemsOn}), anything else as an error page instead of the API's problem JSON. Ordered
 * before the API's advice, and only for this package.
 */
@ControllerAdvice(basePackageClasses = WorkbenchAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchAdvice {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchAdvice.class);

    private static final String MODEL = WorkbenchAdvice.class.getName() + ".model";

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

    /** Kept so that a problem can be shown on the page the action was building, with what it had put there. */
    @ModelAttribute
    void keepModel(Model model, HttpServletRequest request) {
        request.setAttribute(MODEL, model);
    }

    /** A problem on the page of the action when it says where ({@link ShowsProblemsOn}), else the error page. */
    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException problem, HandlerMethod action, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        String lang = texts(locale).lang();
        ShowsProblemsOn where = action.getMethodAnnotation(ShowsProblemsOn.class);
        if (where == null || !(problem.category().callersToFix() || where.unavailableToo())) {
            int status = ProblemStatus.of(problem.category()).value();
            log.debug("{} {} answered {} {}", request.getMethod(), request.getRequestURI(), status, problem.code());
            response.setStatus(status);
            ModelAndView page = errorPage(request, locale);
            page.addObject("status", status);
            page.addObject("code", problem.code());
            page.addObject("name", Messages.text(lang, problem.type().messageKey()));
            page.addObject("detail", problem.message().map(m -> m.in(lang)).orElse(problem.detail()));
            return page;
        }
        log.debug("{} {} showed {} on the page", request.getMethod(), request.getRequestURI(), problem.code());
        // in the reader's language with its code where the problem has words for people, else as the API says it
        String text = problem.message().map(m -> m.in(lang) + " [" + problem.code() + "]").orElse(problem.detail());
        if (where.value().startsWith("redirect:")) {
            RequestContextUtils.getOutputFlashMap(request).put("errorText", text);
            return new ModelAndView(where.value());
        }
        ModelAndView page = new ModelAndView(where.value());
        if (request.getAttribute(MODEL) instanceof Model model) {
            page.addAllObjects(model.asMap());
        }
        page.addObject("errorText", text);
        return page;
    }

    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ModelAndView page = errorPage(request, locale);
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            response.setStatus(spring.getStatusCode().value());
            page.addObject("status", spring.getStatusCode().value());
        } else {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected error on {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
            response.setStatus(500);
            page.addObject("status", 500);
            page.addObject("incident", incident);
        }
        return page;
    }

    /** Model attribute methods do not run for exception handlers: the error page gets what every page needs. */
    private ModelAndView errorPage(HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("workbench/error");
        page.addObject("me", me(request.getUserPrincipal()));
        page.addObject("texts", texts(locale));
        page.addObject("here", "/workbench");
        return page;
    }
}
