package kz.shagym.web;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a caller's name. Names arrive from configuration, HTTP Basic, form login and
 * token subjects, each as the sender typed it; {@code DUAL2}, {@code dual2 } and the full-width
 * {@code ｄｕａｌ2} are one person for every rule that compares people (four-eyes). The form is NFKC,
 * without invisible format characters (zero-width space and joiners, which NFKC keeps), case-folded,
 * and trimmed. Names are still recorded as given; only comparisons use this form.
 */
public final class Identity {

    private Identity() {
    }

    public static String normalised(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(compatible.length());
        compatible.codePoints()
                .filter(c -> Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        // Upper then lower folds what a single toLowerCase misses (ß and SS, final sigma), locale-free.
        String folded = visible.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
    }

    /** Whether two names denote the same person; a missing name is nobody's. */
    public static boolean same(String one, String other) {
        return one != null && other != null && normalised(one).equals(normalised(other));
    }
}
