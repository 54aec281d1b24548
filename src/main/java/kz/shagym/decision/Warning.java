package kz.shagym.decision;

/** Something the caller should know about the answer, with a stable code. */
public record Warning(String code, LocalizedText text) {
}
