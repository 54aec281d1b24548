package kz.shagym.decision;

/**
 * An answer as the API releases it: the decision, and the JSON the audit log recorded and hashed for it
 * (UTF-8, in the answer's own property order, {@link SortedAnswerProperties}), which is sent as it is;
 * null where nothing recorded a text of it (a retry answered from the log, or no recorder).
 */
public record Released(Decision decision, byte[] json) {

    public static Released of(Decision decision) {
        return new Released(decision, null);
    }
}
