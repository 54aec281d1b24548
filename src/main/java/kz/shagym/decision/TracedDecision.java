package kz.shagym.decision;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The answer to {@code POST /api/v1/decisions?trace=true}: the decision exactly as without the
 * parameter, with {@code trace} beside its fields. A wrapper rather than a field of {@link Decision},
 * so the stored answer and every answer without the parameter stay as they were.
 */
public record TracedDecision(@JsonUnwrapped Decision decision, List<TraceEntry> trace) {

    public TracedDecision {
        trace = List.copyOf(trace);
    }
}
