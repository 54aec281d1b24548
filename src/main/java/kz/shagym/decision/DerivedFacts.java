package kz.shagym.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.CourtAccess;
import kz.shagym.rules.DirectCourtAccess;
import kz.shagym.rules.FavorableActWaiver;
import kz.shagym.rules.ForwardingDue;
import kz.shagym.rules.Notice;
import kz.shagym.rules.Overdue;
import kz.shagym.rules.ReviewDue;
import kz.shagym.rules.Route;

/**
 * The facts the rules derived for one complaint, sorted by type in one pass over them (seven filtered
 * scans of working memory were ~6% of a decision). Where the answer has room for one fact of a type,
 * two are the rule set's fault and are refused with {@link AmbiguousRuleResult}, never a first pick.
 */
final class DerivedFacts {

    private final String versionId;
    private final List<Object> routes = new ArrayList<>(1);
    private final List<Object> waivers = new ArrayList<>(1);
    private final List<Object> forwardingDues = new ArrayList<>(1);
    private final List<Object> reviewDues = new ArrayList<>(1);
    private final List<Object> courtAccesses = new ArrayList<>(1);
    private final List<Overdue> overdue = new ArrayList<>(2);
    private final List<DirectCourtAccess> directCourtAccess = new ArrayList<>(1);
    private final List<Notice> notices = new ArrayList<>(4);

    DerivedFacts(CompiledRuleSet ruleSet, List<Object> facts) {
        versionId = ruleSet.versionId();
        for (Object fact : facts) {
            if (fact instanceof Route) {
                routes.add(fact);
            } else if (fact instanceof FavorableActWaiver) {
                waivers.add(fact);
            } else if (fact instanceof ForwardingDue) {
                forwardingDues.add(fact);
            } else if (fact instanceof ReviewDue) {
                reviewDues.add(fact);
            } else if (fact instanceof CourtAccess) {
                courtAccesses.add(fact);
            } else if (fact instanceof Overdue o) {
                overdue.add(o);
            } else if (fact instanceof DirectCourtAccess d) {
                directCourtAccess.add(d);
            } else if (fact instanceof Notice n) {
                notices.add(n);
            }
        }
    }

    Optional<Route> route() {
        return one(routes, Route.class);
    }

    Optional<FavorableActWaiver> waiver() {
        return one(waivers, FavorableActWaiver.class);
    }

    Optional<ForwardingDue> forwardingDue() {
        return one(forwardingDues, ForwardingDue.class);
    }

    Optional<ReviewDue> reviewDue() {
        return one(reviewDues, ReviewDue.class);
    }

    Optional<CourtAccess> courtAccess() {
        return one(courtAccesses, CourtAccess.class);
    }

    List<Overdue> overdue() {
        return overdue;
    }

    List<DirectCourtAccess> directCourtAccess() {
        return directCourtAccess;
    }

    List<Notice> notices() {
        return notices;
    }

    private <T> Optional<T> one(List<Object> found, Class<T> type) {
        if (found.size() > 1) {
            throw new AmbiguousRuleResult("The rules of rule set " + versionId + " derived "
                    + found.size() + " " + type.getSimpleName() + " facts for one complaint; the answer has room for one.");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(type.cast(found.get(0)));
    }
}
