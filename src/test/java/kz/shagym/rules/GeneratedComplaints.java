package kz.shagym.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.scenario.Scenario;
import kz.shagym.scenario.Scenarios;

/**
 * Complaints for differential tests, which compare two ways of deciding on the same input: the
 * lawyers' scenarios of the rule set, then every enum combination × receipt dates around the holidays
 * ({@link LawReference#receiptDates()}) × the given service codes × favourable acts and question dates
 * in and around the forwarding window. Deterministic: every run compares the same complaints.
 */
public final class GeneratedComplaints {

    private GeneratedComplaints() {
    }

    /**
     * @param services the service codes to cycle through (null for none); name rows of the set to reach them
     * @param variants complaints per combination of respondent, subject, addressee and receipt date
     */
    public static List<ComplaintFacts> of(CompiledRuleSet ruleSet, List<String> services, int variants) {
        List<ComplaintFacts> complaints = new ArrayList<>();
        Scenarios.of(ruleSet).stream().map(Scenario::facts).forEach(complaints::add);
        List<Subject> subjects = new ArrayList<>(Arrays.asList(Subject.values()));
        subjects.add(null);
        int n = 0;
        for (Respondent who : Respondent.values()) {
            for (Subject what : subjects) {
                for (Body at : Body.values()) {
                    for (LocalDate received : LawReference.receiptDates()) {
                        for (int k = 0; k < variants; k++) {
                            complaints.add(variant(who, what, at, received, services.get(n % services.size()), n));
                            n++;
                        }
                    }
                }
            }
        }
        return complaints;
    }

    static ComplaintFacts variant(Respondent who, Subject what, Body at, LocalDate received, String service, int n) {
        LocalDate registered = n % 3 == 1 ? received.plusDays(1) : received;
        LocalDate windowEnd = LawReference.addWorkingDays(received, 3);
        FavorableAct act = switch (n % 5) {
            case 0 -> null;
            case 1 -> new FavorableAct(received.plusDays(1), false);
            case 2 -> new FavorableAct(windowEnd, true);
            case 3 -> new FavorableAct(windowEnd.plusDays(1), true);
            default -> new FavorableAct(received, true);
        };
        LocalDate asOf = switch (n % 4) {
            case 0 -> null;
            case 1 -> windowEnd.plusDays(1);
            case 2 -> received.plusDays(20);
            default -> received.plusDays(60);
        };
        return new ComplaintFacts("DIFF-" + n, service, who, what, at, received, registered, act, n % 7 == 0, asOf);
    }
}
