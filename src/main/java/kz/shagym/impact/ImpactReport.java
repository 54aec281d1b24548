package kz.shagym.impact;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.decision.Decision;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.RuleSource;
import kz.shagym.rules.ComplaintFacts;

/**
 * What a candidate version would have answered to recorded complaints, against the active version.
 *
 * @param compared requests decided under both versions
 * @param changed requests whose two answers differ anywhere (the decision id and version aside)
 * @param unreadable recorded requests whose facts could not be read (not compared)
 * @param byField how many requests changed in each field of {@link #FIELDS}, then {@code other}: changed
 *     in none of them (an explanation's text or row, a reason, ...)
 * @param rowsGained table rows and rules cited under the candidate but not under the active version, with
 *     the number of requests that cite them so; most first
 * @param rowsLost the other way round
 * @param examples up to 50 changed requests with both answers: those with a named field changed first, each group newest first
 */
public record ImpactReport(String activeVersion, String candidateVersion, long compared, long changed, long unreadable,
        Map<String, Long> byField, List<RowCount> rowsGained, List<RowCount> rowsLost, List<Example> examples) {

    /** The fields counted one by one, in the answer's order. */
    public static final List<String> FIELDS = List.of("outcome", "reviewingBody", "forwarding.deadline",
            "review.workingDays", "review.deadline", "court.allowed", "warnings");
    public static final String OTHER = "other";

    public ImpactReport {
        byField = new LinkedHashMap<>(byField);
        rowsGained = List.copyOf(rowsGained);
        rowsLost = List.copyOf(rowsLost);
        examples = List.copyOf(examples);
    }

    /** A row or rule and how many requests cite it on one side only. */
    public record RowCount(String rule, LocalizedText label, RuleSource source, long count) {
    }

    /**
     * One changed request with both answers. A side that gave no answer (no row covers the complaint)
     * has its problem code instead, e.g. {@code SHG-DEC-422}.
     *
     * @param fields the fields of {@link #FIELDS} that differ (empty when only {@code other} did)
     */
    public record Example(long seq, String decisionId, Instant recordedAt, ComplaintFacts request, List<String> fields,
            Decision active, String activeProblem, Decision candidate, String candidateProblem) {

        public Example {
            fields = List.copyOf(fields);
        }
    }
}
