package kz.shagym.decision;

/** A text in Russian, Kazakh and English; {@code en} is null where only the two languages of the law exist. */
public record LocalizedText(String ru, String kk, String en) {

    public LocalizedText(String ru, String kk) {
        this(ru, kk, null);
    }
}
