package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.shagym.inforce.FirstInForce;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.rules.Body;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Route;
import kz.shagym.rules.RuleStatus;
import kz.shagym.rules.Subject;

/**
 * The routing rows, checked one by one and as a whole: every respondent × addressee × subject must
 * be covered, without a gap between the rows in force, and no row may be hidden behind the rows above
 * it on every day it is in force. A row with a service code wins over the general rows for that
 * service; among equals, of the rows in force, the first matching row wins.
 */
public final class RoutingTable {

    public record Row(ParsedRow parsed, Route route, Respondent respondent, Subject subject, Body receivedBy,
            String serviceCode, RowOrigin origin) {

        boolean matches(Respondent r, Subject s, Body b) {
            return (respondent == null || respondent == r) && (subject == null || subject == s)
                    && (receivedBy == null || receivedBy == b);
        }
    }

    private RoutingTable() {
    }

    static List<Row> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Row> rows = new ArrayList<>();
        for (ParsedRow p : content.rows()) {
            Row row = checkRow(p, file, sheet, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (content.everyRowRead() && rows.size() == content.rows().size()) {
            checkCoverage(rows, file, sheet, content.lastRow() + 2, problems);
        }
        return rows;
    }

    private static Row checkRow(ParsedRow p, String file, String sheet, List<TableProblem> problems) {
        Outcome outcome = p.get("outcome");
        Body reviewingBody = p.get("reviewingBody");
        boolean forwarding = p.get("forwardingRequired");
        Integer days = p.get("forwardingWorkingDays");
        List<Body> addressees = p.has("competentAddressees") ? p.get("competentAddressees") : List.of();
        int before = problems.size();
        switch (outcome) {
            case RESOLVED_BY_FAVORABLE_ACT -> problems.add(ProblemKind.OUTCOME_NOT_IN_TABLE.at(file, sheet, p.cell("outcome"),
                    outcome, "FORWARD_TO_REVIEWING_BODY, REVIEW_BY_RECEIVING_BODY, REDIRECT_TO_COMPETENT_BODY"));
            case FORWARD_TO_REVIEWING_BODY, REVIEW_BY_RECEIVING_BODY -> {
                if (reviewingBody == null) {
                    problems.add(ProblemKind.REVIEWING_BODY_REQUIRED.at(file, sheet, p.cell("reviewingBody"), outcome));
                }
                boolean expected = outcome == Outcome.FORWARD_TO_REVIEWING_BODY;
                if (forwarding != expected) {
                    problems.add(ProblemKind.FORWARDING_MISMATCH.at(file, sheet, p.cell("forwardingRequired"), outcome,
                            expected ? "Да" : "Нет"));
                }
            }
            case REDIRECT_TO_COMPETENT_BODY -> {
                if (addressees.isEmpty()) {
                    problems.add(ProblemKind.ADDRESSEES_REQUIRED.at(file, sheet, p.cell("competentAddressees")));
                }
                if (!forwarding) {
                    problems.add(ProblemKind.FORWARDING_MISMATCH.at(file, sheet, p.cell("forwardingRequired"), outcome, "Да"));
                }
            }
        }
        if (forwarding && days == null) {
            problems.add(ProblemKind.FORWARDING_DAYS_REQUIRED.at(file, sheet, p.cell("forwardingWorkingDays")));
        }
        if (problems.size() > before) {
            return null;
        }
        RuleStatus status = p.get("status");
        Route route = new Route(p.get("id"), p.row(), outcome, reviewingBody, forwarding, forwarding ? days : null,
                addressees, status);
        RowOrigin origin = p.origin(file, sheet);
        return new Row(p, route, p.get("respondent"), p.get("subject"), p.get("receivedBy"), p.get("serviceCode"), origin);
    }

    /**
     * Walks every case the facts can present (subject may be absent, null, in a request) and every day.
     * A complaint whose service code no row names meets the general rows only: they must cover every
     * case without a gap, and a general row is reachable when it comes first on some day for one case.
     * A complaint with a code the table names meets that code's rows before the general ones (higher
     * salience), so a service row is reachable when it comes first among its code's rows on some day;
     * the general rows behind it are shadowed only for that code. Each row is compared with the rows of
     * its own group alone: linear in the table, not quadratic.
     */
    private static void checkCoverage(List<Row> rows, String file, String sheet, int firstFreeRow,
            List<TableProblem> problems) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groups.put(null, new ArrayList<>());
        rows.forEach(row -> groups.computeIfAbsent(row.serviceCode(), k -> new ArrayList<>()).add(row));
        List<Subject> subjects = new ArrayList<>();
        subjects.add(null);
        subjects.addAll(Arrays.asList(Subject.values()));
        Map<Integer, Set<String>> shadowedBy = new TreeMap<>();
        Set<Integer> winners = new LinkedHashSet<>();
        Map<String, TableProblem> gaps = new LinkedHashMap<>();
        for (Respondent r : Respondent.values()) {
            for (Body b : Body.values()) {
                List<Subject> uncovered = new ArrayList<>();
                for (Subject s : subjects) {
                    String caseText = "respondent=" + r + (s == null ? "" : ", subject=" + s) + ", receivedBy=" + b;
                    groups.forEach((service, group) -> {
                        List<ParsedRow> matching = group.stream().filter(row -> row.matches(r, s, b)).map(Row::parsed).toList();
                        if (matching.isEmpty()) {
                            if (service == null) {
                                uncovered.add(s);
                            }
                            return;
                        }
                        FirstInForce.Result result = InForceChecks.of(matching);
                        result.winners().forEach(i -> winners.add(matching.get(i).row()));
                        result.shadowed().forEach(x -> x.by().forEach(i -> shadowedBy.computeIfAbsent(matching.get(x.row()).row(),
                                k -> new LinkedHashSet<>()).add(matching.get(i).named("id"))));
                        if (service == null) {
                            // a service's own rows need no cover of their own: the general rows answer on their other days
                            result.gaps().forEach(g -> gaps.putIfAbsent(matching.get(g.before()).row() + "|" + g.from(),
                                    InForceChecks.gap(matching, g, file, sheet, caseText)));
                        }
                    });
                }
                if (!uncovered.isEmpty()) {
                    String which = uncovered.contains(null) ? ""
                            : ", subject " + uncovered.stream().map(Subject::name).collect(Collectors.joining("/"));
                    problems.add(ProblemKind.ROUTING_GAP.at(file, sheet, "A" + firstFreeRow, r, b, which));
                }
            }
        }
        problems.addAll(gaps.values());
        for (Row row : rows) {
            int n = row.parsed().row();
            if (!winners.contains(n)) {
                Set<String> by = shadowedBy.getOrDefault(n, Set.of());
                problems.add(ProblemKind.ROW_UNREACHABLE.at(file, sheet, row.parsed().cell("id"), by.isEmpty() ? "—" : String.join(", ", by)));
            }
        }
    }
}
