package kz.shagym.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one source of texts for people: the {@code messages*.properties} bundles, Russian by default,
 * Kazakh and English beside it. The workbench reads the same files through Spring's message source; the
 * core reads them here, without Spring, by the same rule: a text with arguments goes through
 * {@link MessageFormat} (write {@code ''} for {@code '}), a text without is taken as written.
 */
public final class Messages {

    /** The languages every text exists in; Russian, the language of the law, first. */
    public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private static final String BASE_NAME = "messages";
    // no fallback to the JVM's own locale: a Kazakh text must never turn English because of the server
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /**
     * The text of {@code key} in {@code lang} (Russian for a language not in {@link #LANGUAGES}).
     * Arguments are inserted as {@link String#valueOf} writes them, never with a locale's digit grouping.
     *
     * @throws MissingResourceException when no bundle holds the key: a programming error a test catches
     */
    public static String text(String lang, String key, Object... args) {
        String template = bundle(lang).getString(key);
        if (args.length == 0) {
            return template;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(template, Locale.ROOT).format(plain);
    }

    private static ResourceBundle bundle(String lang) {
        String language = LANGUAGES.contains(lang) ? lang : "ru";
        return ResourceBundle.getBundle(BASE_NAME, Locale.forLanguageTag(language), Messages.class.getClassLoader(),
                CONTROL);
    }
}
