package kz.shagym.problem;

/**
 * One entry of a feature's catalogue of problem codes. Each feature lists its codes in one enum that
 * implements this ({@code AuditProblem}, {@code ReleaseProblem}, ...), so that a reader finds every code
 * a feature can answer with in one place.
 */
public interface ProblemType {

    /** Stable machine code, e.g. {@code SHG-DEC-422}; never changes once published. */
    String code();

    ProblemCategory category();

    /** Short English summary, the same for every occurrence of the code ({@code title} of RFC 9457). */
    String title();

    /** The key of the code's name for people, in every language of {@link Messages}. */
    default String messageKey() {
        return "problem." + code();
    }
}
