package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * be covered, and no row may be hidden behind the rows above it. A row with a service code wins over
 * the general rows for that service; among equals the first matching row wins.
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
     * Walks every case the facts can present (subject may be absent in a request). A complaint whose
     * service code no row names meets the general rows only: they must cover every case, and a general
     * row is reachable when it comes first for one. A complaint with a code the table names meets that
     * code's rows before the general ones (higher salience), so a service row is reachable when it comes
     * first among its code's rows; the general rows behind it are shadowed only for that code. Each row
     * is compared with the rows of its own group alone: linear in the table, not quadratic.
     */
    private static void checkCoverage(List<Row> rows, String file, String sheet, int firstFreeRow,
            List<TableProblem> problems) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groups.put(null, new ArrayList<>());
        rows.forEach(row -> groups.computeIfAbsent(row.serviceCode(), k -> new ArrayList<>()).add(row));
        List<Subject> subjects = new ArrayList<>();
        subjects.add(null);
        subjects.addAll(Arrays.asList(Subject.values()));
        Map<Integer, Set<Integer>> shadowedBy = new HashMap<>();
        Set<Integer> winners = new HashSet<>();
        for (Respondent r : Respondent.values()) {
            for (Body b : Body.values()) {
                List<Subject> uncovered = new ArrayList<>();
                for (Subject s : subjects) {
                    groups.forEach((service, group) -> {
                        Row first = null;
                        for (Row row : group) {
                            if (!row.matches(r, s, b)) {
                                continue;
                            }
                            if (first == null) {
                                first = row;
                                winners.add(row.parsed().row());
                            } else {
                                shadowedBy.computeIfAbsent(row.parsed().row(), k -> new TreeSet<>()).add(first.parsed().row());
                            }
                        }
                        if (first == null && service == null) {
                            uncovered.add(s);
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
        for (Row row : rows) {
            int n = row.parsed().row();
            if (!winners.contains(n)) {
                Set<Integer> by = shadowedBy.getOrDefault(n, Set.of());
                String list = by.isEmpty() ? "—" : by.stream().map(i -> "строка " + i).collect(Collectors.joining(", "));
                problems.add(ProblemKind.ROW_UNREACHABLE.at(file, sheet, row.parsed().cell("id"), list));
            }
        }
    }
}
