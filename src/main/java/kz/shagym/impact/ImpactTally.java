package kz.shagym.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import kz.shagym.audit.RecordedRequest;
import kz.shagym.decision.Explanation;
import kz.shagym.rules.ComplaintFacts;

/**
 * The counts of one batch of requests, kept by one thread and then merged into the job's: no lock per
 * request. The examples kept are those whose named fields changed (outcome, deadlines, court...), newest
 * (highest position) first, then the newest whose answer differs elsewhere only, such as a cited row's
 * period: an amendment that closes a row changes the explanation of every complaint that cites it, and those
 * must not crowd out the complaints whose answer the approver has to look at. The order is total, so the
 * report does not depend on which thread finished first.
 */
final class ImpactTally {

    /** The example to drop first: one with no named field changed, then the oldest. */
    private static final Comparator<ImpactReport.Example> WEAKEST_FIRST =
            Comparator.comparing((ImpactReport.Example e) -> !e.fields().isEmpty())
                    .thenComparingLong(ImpactReport.Example::seq);

    private final int maxExamples;
    private long compared;
    private long changed;
    private long unreadable;
    private final long[] byField = new long[ImpactReport.FIELDS.size() + 1];
    private final Map<String, Row> gained = new HashMap<>();
    private final Map<String, Row> lost = new HashMap<>();
    private final PriorityQueue<ImpactReport.Example> examples = new PriorityQueue<>(WEAKEST_FIRST);

    ImpactTally(int maxExamples) {
        this.maxExamples = maxExamples;
    }

    /** A row or rule cited on one side only: an example of its explanation, and how often. */
    private static final class Row {
        final Explanation explanation;
        long count;

        Row(Explanation explanation) {
            this.explanation = explanation;
        }
    }

    void unreadable() {
        unreadable++;
    }

    void add(RecordedRequest recorded, ComplaintFacts facts, Answer active, Answer candidate) {
        compared++;
        Set<String> before = active.cited();
        Set<String> after = candidate.cited();
        for (String rule : after) {
            if (!before.contains(rule)) {
                gained.computeIfAbsent(rule, r -> new Row(candidate.explanation(r))).count++;
            }
        }
        for (String rule : before) {
            if (!after.contains(rule)) {
                lost.computeIfAbsent(rule, r -> new Row(active.explanation(r))).count++;
            }
        }
        if (active.sameAs(candidate)) {
            return;
        }
        changed++;
        List<Object> a = active.fields();
        List<Object> c = candidate.fields();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i), c.get(i))) {
                byField[i]++;
                fields.add(ImpactReport.FIELDS.get(i));
            }
        }
        if (fields.isEmpty()) {
            byField[ImpactReport.FIELDS.size()]++;
        }
        if (maxExamples > 0) {
            keep(new ImpactReport.Example(recorded.seq(), recorded.decisionId(), recorded.recordedAt(), facts,
                    fields, active.decision(), active.problem(), candidate.decision(), candidate.problem()));
        }
    }

    private void keep(ImpactReport.Example example) {
        examples.add(example);
        if (examples.size() > maxExamples) {
            examples.poll();
        }
    }

    void merge(ImpactTally other) {
        compared += other.compared;
        changed += other.changed;
        unreadable += other.unreadable;
        for (int i = 0; i < byField.length; i++) {
            byField[i] += other.byField[i];
        }
        mergeRows(gained, other.gained);
        mergeRows(lost, other.lost);
        other.examples.forEach(this::keep);
    }

    private static void mergeRows(Map<String, Row> into, Map<String, Row> from) {
        from.forEach((rule, row) -> into.merge(rule, row, (mine, theirs) -> {
            mine.count += theirs.count;
            return mine;
        }));
    }

    ImpactReport report(String activeVersion, String candidateVersion) {
        Map<String, Long> fields = new LinkedHashMap<>();
        for (int i = 0; i < ImpactReport.FIELDS.size(); i++) {
            fields.put(ImpactReport.FIELDS.get(i), byField[i]);
        }
        fields.put(ImpactReport.OTHER, byField[ImpactReport.FIELDS.size()]);
        List<ImpactReport.Example> strongestFirst = new ArrayList<>(examples);
        strongestFirst.sort(WEAKEST_FIRST.reversed());
        return new ImpactReport(activeVersion, candidateVersion, compared, changed, unreadable, fields, rows(gained),
                rows(lost), strongestFirst);
    }

    private static List<ImpactReport.RowCount> rows(Map<String, Row> rows) {
        return rows.entrySet().stream()
                .map(e -> new ImpactReport.RowCount(e.getKey(), e.getValue().explanation.label(),
                        e.getValue().explanation.source(), e.getValue().count))
                .sorted(Comparator.comparingLong(ImpactReport.RowCount::count).reversed()
                        .thenComparing(ImpactReport.RowCount::rule))
                .toList();
    }
}
