package kz.shagym.decision;

/** A text in Russian and Kazakh. */
public record LocalizedText(String ru, String kk) {
}
