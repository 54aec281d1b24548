package kz.shagym.workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} through only for the three languages the page has texts in. */
final class SupportedLanguages implements HandlerInterceptor {

    static final Set<String> LANGUAGES = Set.of("ru", "kk", "en");

    private final LocaleChangeInterceptor change;

    SupportedLanguages(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter(change.getParamName());
        if (lang == null || !LANGUAGES.contains(lang)) {
            return true;
        }
        return change.preHandle(request, response, handler);
    }
}
