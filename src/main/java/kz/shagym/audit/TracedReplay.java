package kz.shagym.audit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import kz.shagym.decision.TraceEntry;

/** A replay asked with {@code ?trace=true}: the report as without it, and the trace under the recorded version. */
record TracedReplay(@JsonUnwrapped ReplayReport report, List<TraceEntry> trace) {
}
