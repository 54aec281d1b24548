package kz.shagym.decision;

/** One rule that fired, where it lives, its legal basis, and what it means in words. */
public record Explanation(String rule, RuleSource source, String legalBasis, LocalizedText text) {
}
