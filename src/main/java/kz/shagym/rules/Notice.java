package kz.shagym.rules;

/** A warning the rules attach to the decision, with a stable code and text in Russian and Kazakh. */
public record Notice(String code, String ru, String kk) {
}
