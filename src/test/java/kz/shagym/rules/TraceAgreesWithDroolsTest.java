package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;

/**
 * The trace is computed without Drools; here Drools is the judge. For every combination of the facts
 * the table rows look at, the rows the trace says fired must be exactly the table rules Drools fired.
 */
class TraceAgreesWithDroolsTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2025, 3, 19), LocalDate.of(2025, 12, 30),
            LocalDate.of(2026, 5, 26));

    @Test
    void shippedTablesWhenEveryEnumCombinationIsDecidedShouldTraceTheRowsDroolsFired() {
        int compared = compareAll(ShippedRuleSet.get(), Arrays.asList(null, "PS-1"));

        assertThat(compared).isEqualTo(3 * 4 * 6 * 2 * DAYS.size());
    }

    /**
     * The shipped tables have subject rows (R13, R14, R19, R20) but no blank respondent, no service
     * row and no court exception; this variant adds a subject row above a blank-subject one and all the
     * rest, so every branch of the matcher meets Drools.
     */
    @Test
    void tablesWithSubjectRowsServiceRowsAndCourtExceptionsShouldTraceTheRowsDroolsFired() {
        CompiledRuleSet variant = build(variant());

        int compared = compareAll(variant, Arrays.asList(null, "PS-1", "PS-2", "PS-3", "OTHER"));

        assertThat(compared).isEqualTo(3 * 4 * 6 * 5 * DAYS.size());
        assertThat(variant.tableRules()).extracting(r -> r.origin().id())
                .contains("RX1", "RX2", "T01", "TX1", "TX2", "CX1", "CX2");
    }

    @Test
    void generalTimeLimitRowWhenAServiceRowAppliesShouldBeShadowedByIt() {
        CompiledRuleSet variant = build(variant());
        ComplaintFacts facts = new ComplaintFacts(null, "PS-1", Respondent.OFFICIAL, Subject.DECISION,
                Body.QUALITY_CONTROL_BODY, DAYS.get(0), null, null, false, null);

        List<RowTrace> trace = variant.trace(facts);

        RowTrace general = row(trace, "T04");
        RowTrace service = row(trace, "TX1");
        assertThat(service.fired()).isTrue();
        assertThat(general.matched()).isTrue();
        assertThat(general.fired()).isFalse();
        assertThat(general.shadowedBy()).isEqualTo(service.rule());
        assertThat(row(trace, "TX2").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("receivedBy", "SERVICE_PROVIDER", "QUALITY_CONTROL_BODY"));
        assertThat(row(trace, "CX1").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("serviceCode", "PS-2", "PS-1"));
    }

    @Test
    void routingRowWhenItsSubjectDiffersShouldNameTheSubjectAsTheFirstFailedCondition() {
        CompiledRuleSet variant = build(variant());
        ComplaintFacts facts = new ComplaintFacts(null, null, Respondent.STATE_CORPORATION_EMPLOYEE, Subject.ACTION,
                Body.SERVICE_PROVIDER, DAYS.get(0), null, null, false, null);

        List<RowTrace> trace = variant.trace(facts);

        assertThat(row(trace, "RX1").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("subject", "DECISION", "ACTION"));
        assertThat(row(trace, "RX2").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("subject", "INACTION", "ACTION"));
        assertThat(row(trace, "R01").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("respondent", "SERVICE_PROVIDER", "STATE_CORPORATION_EMPLOYEE"));
        assertThat(trace).filteredOn(RowTrace::fired).extracting(t -> t.rule().origin().id()).containsExactly("R15", "T01");
    }

    @Test
    void rowWhenTheComplaintHasNoSubjectShouldFailOnSubjectWithNoActualValue() {
        CompiledRuleSet variant = build(variant());
        ComplaintFacts facts = new ComplaintFacts(null, null, Respondent.OFFICIAL, null, Body.OFFICIAL, DAYS.get(0),
                null, null, false, null);

        assertThat(row(variant.trace(facts), "RX2").failedCondition())
                .isEqualTo(new RowTrace.FailedCondition("subject", "INACTION", null));
    }

    private static int compareAll(CompiledRuleSet ruleSet, List<String> serviceCodes) {
        Set<String> tableRules = new HashSet<>();
        ruleSet.tableRules().forEach(r -> tableRules.add(r.name()));
        RuleEvaluator evaluator = new RuleEvaluator();
        int compared = 0;
        List<Subject> subjects = new ArrayList<>(Arrays.asList(Subject.values()));
        subjects.add(null);
        for (Respondent respondent : Respondent.values()) {
            for (Subject subject : subjects) {
                for (Body body : Body.values()) {
                    for (String service : serviceCodes) {
                        for (LocalDate day : DAYS) {
                            ComplaintFacts facts = new ComplaintFacts(null, service, respondent, subject, body, day,
                                    day.plusDays(1), null, false, day.plusDays(30));
                            List<String> fired = new ArrayList<>();
                            evaluator.evaluate(ruleSet, facts, fired::add);
                            List<String> droolsRows = fired.stream().filter(tableRules::contains).sorted().toList();
                            List<RowTrace> trace = ruleSet.trace(facts);
                            List<String> tracedRows = trace.stream().filter(RowTrace::fired)
                                    .map(t -> t.rule().name()).sorted().toList();
                            assertThat(tracedRows).as("%s", facts).isEqualTo(droolsRows).isNotEmpty();
                            assertThat(trace).as("%s", facts).extracting(RowTrace::rule).isEqualTo(ruleSet.tableRules());
                            compared++;
                        }
                    }
                }
            }
        }
        return compared;
    }

    private static RowTrace row(List<RowTrace> trace, String id) {
        return trace.stream().filter(t -> t.rule().origin().id().equals(id)).findFirst().orElseThrow();
    }

    private static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new AssertionError("variant rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }

    private static RuleSetSource variant() {
        RuleSetSource shipped = ShippedRuleSet.source();
        // RX2 names an addressee: with any addressee it would cover every case of the shipped
        // INACTION rows (R19, R20), and the builder refuses a row that can never fire.
        byte[] routing = TableEdit.of(shipped.file("decision-tables/routing.drl.xlsx"))
                .insertOnTop(cells("id", "RX2", "respondent", "", "subject", "INACTION", "receivedBy", "HIGHER_BODY",
                        "outcome", "REVIEW_BY_RECEIVING_BODY", "reviewingBody", "HIGHER_BODY", "forwardingRequired", "Нет",
                        "forwardingWorkingDays", ""))
                .insertOnTop(cells("id", "RX1", "respondent", "STATE_CORPORATION_EMPLOYEE", "subject", "DECISION",
                        "receivedBy", "SERVICE_PROVIDER", "outcome", "REVIEW_BY_RECEIVING_BODY", "reviewingBody",
                        "SERVICE_PROVIDER", "forwardingRequired", "Нет", "forwardingWorkingDays", ""))
                .bytes();
        byte[] limits = TableEdit.of(shipped.file("decision-tables/time-limits.drl.xlsx"))
                .append(limit("TX1", "QUALITY_CONTROL_BODY", "PS-1", 20))
                .append(limit("TX2", "SERVICE_PROVIDER", "PS-2", 7))
                .bytes();
        byte[] court = TableEdit.of(shipped.file("decision-tables/court-exceptions.drl.xlsx"))
                .append(exception("CX1", "PS-2"))
                .append(exception("CX2", "PS-3"))
                .bytes();
        return shipped.with("decision-tables/routing.drl.xlsx", routing)
                .with("decision-tables/time-limits.drl.xlsx", limits)
                .with("decision-tables/court-exceptions.drl.xlsx", court);
    }

    private static Map<String, Object> limit(String id, String body, String service, int days) {
        return cells("id", id, "receivedBy", body, "serviceCode", service, "reviewWorkingDays", days,
                "countedFrom", "REGISTRATION", "legalBasis", "Тест", "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест");
    }

    private static Map<String, Object> exception(String id, String service) {
        return cells("id", id, "serviceCode", service, "legalBasis", "Тест", "status", "ASSUMPTION",
                "textRu", "Тест", "textKk", "Тест");
    }

    private static Map<String, Object> cells(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

}
