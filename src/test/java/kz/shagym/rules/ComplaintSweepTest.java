package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Warning;
import org.junit.jupiter.api.Test;

/**
 * A generated sweep of complaints (every enum combination × receipt dates around the holidays of
 * 2024–2027 × late registration × favourable acts inside and after the window × asOf around the
 * deadlines) held against {@link LawReference}, which is written from docs/domain.md, not from the rules.
 */
class ComplaintSweepTest {

    private static final List<Subject> SUBJECTS = new ArrayList<>();

    static {
        SUBJECTS.add(null);
        SUBJECTS.addAll(List.of(Subject.values()));
    }

    @Test
    void everyGeneratedComplaintShouldAgreeWithTheLawOnEverySettledPoint() {
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        int variant = 0;
        for (Respondent who : Respondent.values()) {
            for (Subject what : SUBJECTS) {
                for (Body at : Body.values()) {
                    for (LocalDate received : LawReference.receiptDates()) {
                        // Five variants per complaint, rotated so that every kind meets every party and date.
                        for (int k = 0; k < 5; k++) {
                            ComplaintFacts facts = variant(who, what, at, received, variant++);
                            cases++;
                            compare(facts, ShippedRuleSet.decide(facts), LawReference.of(facts), disagreements);
                        }
                    }
                }
            }
        }

        assertThat(cases).isGreaterThan(5_000);
        assertThat(disagreements).as("%d of %d complaints disagree with the law", disagreements.size(), cases)
                .isEmpty();
    }

    /** Registration late or not; act absent, partial, full inside the window (first, last day) or just after; asOf around deadlines. */
    private static ComplaintFacts variant(Respondent who, Subject what, Body at, LocalDate received, int n) {
        LocalDate registered = switch (n % 3) {
            case 0 -> received;
            case 1 -> received.plusDays(1);
            default -> received.plusDays(4);
        };
        LocalDate windowEnd = LawReference.addWorkingDays(received, 3);
        FavorableAct act = switch ((n / 3) % 6) {
            case 0 -> null;
            case 1 -> new FavorableAct(received.plusDays(1), false);
            case 2 -> new FavorableAct(received, true);
            case 3 -> new FavorableAct(windowEnd, true);
            case 4 -> new FavorableAct(windowEnd.plusDays(1), true);
            default -> new FavorableAct(received.plusDays(1), true);
        };
        LocalDate reviewEnd = LawReference.addWorkingDays(registered, at == Body.QUALITY_CONTROL_BODY ? 15 : 5);
        LocalDate asOf = switch ((n / 18) % 6) {
            case 0 -> null;
            case 1 -> windowEnd;
            case 2 -> windowEnd.plusDays(1);
            case 3 -> reviewEnd;
            case 4 -> reviewEnd.plusDays(1);
            default -> reviewEnd.plusDays(30);
        };
        boolean preTrial = n % 17 == 0;
        return new ComplaintFacts("SWEEP-" + n, null, who, what, at, received, registered, act, preTrial, asOf);
    }

    private static void compare(ComplaintFacts f, Decision d, LawReference.Expected e, List<String> out) {
        List<String> diff = new ArrayList<>();
        check(diff, "outcome", e.outcome(), d.outcome());
        check(diff, "reviewingBody", e.reviewingBody(), d.reviewingBody());
        check(diff, "forwarding.required", e.forwardingRequired(), d.forwarding().required());
        check(diff, "forwarding.deadline", e.forwardingDeadline(), d.forwarding().deadline());
        check(diff, "forwarding.overdue", e.forwardingOverdue(), d.forwarding().overdue());
        check(diff, "review.workingDays", e.reviewDays(), d.review() == null ? null : d.review().workingDays());
        check(diff, "review.deadline", e.reviewDeadline(), d.review() == null ? null : d.review().deadline());
        check(diff, "review.overdue", e.reviewOverdue(), d.review() == null ? null : d.review().overdue());
        check(diff, "review.deemedRefusedOn", e.reviewDeadline() == null ? null : e.reviewDeadline().plusDays(1),
                d.review() == null ? null : d.review().deemedRefusedOn());
        check(diff, "court.allowed", e.courtAllowed(), d.court().allowed());
        check(diff, "court.allowedFrom", e.courtFrom(), d.court().allowedFrom());
        check(diff, "routing warning", e.routingIsAReading(), has(d, "ROUTING_"));
        check(diff, "period warning", e.periodIsAReading(), has(d, "TIME_LIMIT_"));
        check(diff, "extension warning", e.extensionUnverified(), has(d, "EXTENSION_"));
        Set<LocalDate> days = d.warnings().stream().filter(w -> w.code().startsWith("CALENDAR_DAY_")).map(Warning::date)
                .collect(Collectors.toCollection(TreeSet::new));
        check(diff, "unverified days", e.unsettledDays(), days);
        check(diff, "deemed refusal warning", e.courtFrom() != null, has(d, "RULE_UNVERIFIED"));
        if (!diff.isEmpty()) {
            out.add(f + ": " + String.join("; ", diff));
        }
    }

    /** A warning of that kind, naming what it rests on, with a status other than LAW. */
    private static boolean has(Decision d, String prefix) {
        return d.warnings().stream().anyMatch(w -> w.code().startsWith(prefix) && w.status() != null
                && w.status() != RuleStatus.LAW && (w.rowId() != null || w.rule() != null || w.date() != null));
    }

    private static void check(List<String> diff, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            diff.add(what + " expected " + expected + " but was " + actual);
        }
    }
}
