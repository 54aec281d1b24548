package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table templates let one row per table fire through an {@code activation-group}; they used to
 * guard each row with {@code not Route()} (and the like), which made every decision visit every row.
 * Here the new templates are held to two plain references on the lawyers' scenarios and thousands of
 * generated complaints: the whole answer must equal the one a fresh build of the old templates (kept
 * under src/test/resources/reference-templates) gives, and the rows that fired, each exactly once,
 * must be the rows {@link kz.shagym.ruleset.compile.TableMatcher} ranks first without Drools.
 */
class ActivationGroupDifferentialTest {

    private static final List<String> TEMPLATES = List.of("routing.drt", "time-limits.drt", "court-exceptions.drt");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXTRA_ROWS = 1_000;

    @Test
    void shippedTablesWhenDecidedWithActivationGroupsShouldAnswerAsTheGuardedTemplates() {
        RuleSetSource shipped = ShippedRuleSet.source();

        int compared = compareAll(build(shipped), build(withOldTemplates(shipped)),
                Arrays.asList(null, "PS-1", "OTHER"), 3);

        assertThat(compared).isGreaterThan(3_000);
    }

    /**
     * A thousand extra service rows in each rule table ({@link ServiceRows}), each row reachable, so the
     * groups hold many rows that match one complaint, and a routing or time-limits row for the complaint's
     * service must win over the general row above it.
     */
    @Test
    void thousandExtraServiceRowsWhenDecidedWithActivationGroupsShouldAnswerAsTheGuardedTemplates() {
        RuleSetSource big = ServiceRows.addTo(ShippedRuleSet.source(), EXTRA_ROWS, EXTRA_ROWS, EXTRA_ROWS);
        CompiledRuleSet flat = build(big);
        assertThat(flat.tableRules()).hasSizeGreaterThan(3 * EXTRA_ROWS);

        int compared = compareAll(flat, build(withOldTemplates(big)), Arrays.asList(null, ServiceRows.code(0),
                ServiceRows.code(1), ServiceRows.code(2), ServiceRows.code(333), ServiceRows.code(EXTRA_ROWS - 1), "OTHER"), 2);

        assertThat(compared).isGreaterThan(2_000);
    }

    /**
     * Rows with periods in all three tables: amendments at the end and on top, a one-day row, a service
     * row that ends, a court exception repealed and reinstated, with the law picked by receipt and by
     * registration. For complaints on both sides of every boundary, the rows Drools fires must be the rows
     * TableMatcher ranks first, each in force on the answer's {@code lawInForceOn}, and the whole answer
     * must be the one the tables give as they read on that day (rows not in force removed, no periods).
     */
    @Test
    void tablesWithPeriodsShouldFireOnlyRowsInForceAndAnswerAsTheTablesReadOnThatDay() {
        RuleSetSource byReceipt = withPeriods(ShippedRuleSet.source());
        RuleSetSource byRegistration = byReceipt.with("decision-tables/calendar.xlsx",
                TableEdit.of(byReceipt.file("decision-tables/calendar.xlsx"), "Parameters")
                        .change("LAW_IN_FORCE_BY", cells("value", "REGISTRATION")).bytes());
        Map<LocalDate, CompiledRuleSet> asOn = new java.util.HashMap<>();
        RuleEvaluator evaluator = new RuleEvaluator();
        int compared = 0;
        for (RuleSetSource source : List.of(byReceipt, byRegistration)) {
            CompiledRuleSet set = build(source);
            boolean registration = source == byRegistration;
            List<String> tableRules = set.tableRules().stream().map(r -> r.name()).toList();
            int n = 0;
            for (LocalDate day : PERIOD_DAYS) {
                CompiledRuleSet reference = asOn.computeIfAbsent(day, d -> build(tablesAsOn(byReceipt, d)));
                for (Respondent who : Respondent.values()) {
                    for (Subject what : subjectsAndNone()) {
                        for (Body at : Body.values()) {
                            String service = Arrays.asList(null, "PS-1", "PS-2", "PS-3").get(n % 4);
                            ComplaintFacts v = GeneratedComplaints.variant(who, what, at, registration ? day.minusDays(n % 3) : day, service, n++);
                            ComplaintFacts facts = new ComplaintFacts(v.complaintId(), v.serviceCode(), who, what, at,
                                    v.receivedOn(), registration ? day : v.registeredOn(), v.favorableAct(), v.preTrialAppealCompleted(),
                                    v.asOf() == null ? null : v.asOf().plusDays(3));
                            List<String> fired = new ArrayList<>();
                            Decision answer = evaluator.evaluate(set, facts, fired::add);
                            assertThat(answer.lawInForceOn()).isEqualTo(day);
                            List<String> firedRows = fired.stream().filter(tableRules::contains).sorted().toList();
                            List<RowTrace> trace = set.trace(facts);
                            assertThat(firedRows).as("table rows fired for %s", facts)
                                    .isEqualTo(trace.stream().filter(RowTrace::fired).map(t -> t.rule().name()).sorted().toList())
                                    .isNotEmpty();
                            assertThat(trace).filteredOn(RowTrace::fired).as("%s", facts)
                                    .allSatisfy(t -> assertThat(t.rule().origin().inForce().contains(day)).isTrue());
                            assertThat(withoutPeriods(answer)).as("%s", facts)
                                    .isEqualTo(withoutPeriods(evaluator.evaluate(reference, facts)));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(2 * PERIOD_DAYS.size() * 3 * 4 * 6);
    }

    /** Both sides of every boundary of {@link #withPeriods}. */
    private static final List<LocalDate> PERIOD_DAYS = List.of(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 19),
            LocalDate.of(2025, 3, 20), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 6, 1));

    private static RuleSetSource withPeriods(RuleSetSource source) {
        LocalDate dec31 = LocalDate.of(2025, 12, 31);
        byte[] routing = TableEdit.of(source.file("decision-tables/routing.drl.xlsx")).withPeriods()
                .change("R01", cells("validTo", dec31))
                .append(cells("id", "R23", "respondent", "SERVICE_PROVIDER", "receivedBy", "SERVICE_PROVIDER",
                        "outcome", "FORWARD_TO_REVIEWING_BODY", "reviewingBody", "QUALITY_CONTROL_BODY", "forwardingRequired", "Да",
                        "forwardingWorkingDays", 5, "legalBasis", "Тест", "status", "LAW", "textRu", "Тест", "textKk", "Тест",
                        "validFrom", "2026-01-01"))
                .insertOnTop(cells("id", "RX1", "respondent", "SERVICE_PROVIDER", "subject", "DECISION", "receivedBy", "HIGHER_BODY",
                        "outcome", "FORWARD_TO_REVIEWING_BODY", "reviewingBody", "QUALITY_CONTROL_BODY", "forwardingRequired", "Да",
                        "forwardingWorkingDays", 2, "validFrom", LocalDate.of(2025, 6, 1), "validTo", "2025-12-31"))
                .insertOnTop(cells("id", "RX2", "respondent", "OFFICIAL", "subject", "ACTION", "receivedBy", "OFFICIAL",
                        "outcome", "REVIEW_BY_RECEIVING_BODY", "reviewingBody", "OFFICIAL", "forwardingRequired", "Нет",
                        "forwardingWorkingDays", "", "validFrom", "2025-03-19", "validTo", LocalDate.of(2025, 3, 19)))
                .bytes();
        byte[] limits = TableEdit.of(source.file("decision-tables/time-limits.drl.xlsx")).withPeriods()
                .change("T01", cells("validTo", "2025-12-31"))
                .append(limit("T07", "SERVICE_PROVIDER", null, 10, LocalDate.of(2026, 1, 1), null))
                .append(limit("TX1", "QUALITY_CONTROL_BODY", "PS-1", 20, null, dec31))
                .append(limit("TX2", "SERVICE_PROVIDER", "PS-2", 7, LocalDate.of(2025, 6, 1), null))
                .bytes();
        byte[] court = TableEdit.of(source.file("decision-tables/court-exceptions.drl.xlsx")).withPeriods()
                .append(exception("CX1", "PS-2", null, dec31))
                .append(exception("CX2", "PS-2", LocalDate.of(2026, 6, 1), null))
                .append(exception("CX3", "PS-3", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .bytes();
        return source.with("decision-tables/routing.drl.xlsx", routing)
                .with("decision-tables/time-limits.drl.xlsx", limits)
                .with("decision-tables/court-exceptions.drl.xlsx", court);
    }

    private static RuleSetSource tablesAsOn(RuleSetSource source, LocalDate day) {
        for (String table : TEMPLATES) {
            String path = "decision-tables/" + table.replace(".drt", ".drl.xlsx");
            source = source.with(path, TableEdit.of(source.file(path)).asOn(day).bytes());
        }
        return source;
    }

    private static Map<String, Object> limit(String id, String body, String service, int days, LocalDate from, LocalDate to) {
        Map<String, Object> m = cells("id", id, "receivedBy", body, "reviewWorkingDays", days, "countedFrom", "REGISTRATION",
                "legalBasis", "Тест", "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест");
        putIfGiven(m, "serviceCode", service);
        putIfGiven(m, "validFrom", from);
        putIfGiven(m, "validTo", to);
        return m;
    }

    private static Map<String, Object> exception(String id, String service, LocalDate from, LocalDate to) {
        Map<String, Object> m = cells("id", id, "serviceCode", service, "legalBasis", "Тест", "status", "ASSUMPTION",
                "textRu", "Тест", "textKk", "Тест");
        putIfGiven(m, "validFrom", from);
        putIfGiven(m, "validTo", to);
        return m;
    }

    private static void putIfGiven(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static List<Subject> subjectsAndNone() {
        List<Subject> subjects = new ArrayList<>(Arrays.asList(Subject.values()));
        subjects.add(null);
        return subjects;
    }

    /**
     * The answer less what names the build and the rows' periods: the reference tables have none, and
     * read the law by receipt (the law date is held to the day on its own).
     */
    private static String withoutPeriods(Decision decision) {
        ObjectNode tree = (ObjectNode) JSON.valueToTree(decision);
        tree.remove("rulesetVersion");
        tree.remove("decisionId");
        tree.remove("lawInForceOn");
        tree.get("explanations").forEach(e -> ((ObjectNode) e).remove("inForce"));
        return tree.toString();
    }

    /** {@link GeneratedComplaints}: the scenarios, then every enum combination × dates × service codes × acts. */
    private static int compareAll(CompiledRuleSet flat, CompiledRuleSet guarded, List<String> services, int variants) {
        List<ComplaintFacts> complaints = GeneratedComplaints.of(flat, services, variants);
        RuleEvaluator evaluator = new RuleEvaluator();
        List<String> tableRules = flat.tableRules().stream().map(r -> r.name()).toList();
        for (ComplaintFacts facts : complaints) {
            List<String> fired = new ArrayList<>();
            String answer = json(evaluator.evaluate(flat, facts, fired::add));
            String reference = json(evaluator.evaluate(guarded, facts));
            assertThat(answer).as("%s", facts).isEqualTo(reference);
            List<String> firedRows = fired.stream().filter(tableRules::contains).sorted().toList();
            List<String> rankedFirst = flat.trace(facts).stream().filter(RowTrace::fired).map(t -> t.rule().name())
                    .sorted().toList();
            assertThat(firedRows).as("table rows fired for %s", facts).isEqualTo(rankedFirst).isNotEmpty();
        }
        return complaints.size();
    }

    /** The decision as answered, less what names the build: the two rule sets differ in their templates. */
    private static String json(Object decision) {
        ObjectNode tree = (ObjectNode) JSON.valueToTree(decision);
        tree.remove("rulesetVersion");
        tree.remove("decisionId");
        return tree.toString();
    }

    private static RuleSetSource withOldTemplates(RuleSetSource source) {
        RuleSetSource swapped = source;
        for (String template : TEMPLATES) {
            try {
                swapped = swapped.with(RuleSetSource.RULES_DIR + template,
                        Files.readAllBytes(Path.of("src/test/resources/reference-templates", template)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(swapped.versionId()).isNotEqualTo(source.versionId());
        return swapped;
    }

    private static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }

    private static Map<String, Object> cells(Object... keyValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
