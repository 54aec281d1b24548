package kz.shagym.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What docs/domain.md says about one complaint, written from its text and rulings alone: it reads no
 * table, no DRL and no production class but the enums. The sweep holds the rules to it on every point
 * the text (or a ruling) settles.
 */
final class LawReference {

    /** "Weekdays off and working weekends as researched" in domain.md, 2024–2027. */
    private static final String[] DAYS_OFF = {
        "2024-01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16",
        "2025-01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16",
        "2026-01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16",
        "2027-01-01 01-04 01-07 03-08 03-15 03-22 03-23 03-24 05-03 05-07 05-10 07-06 10-25 12-16"};
    private static final Set<LocalDate> OFF = new HashSet<>();
    private static final Set<LocalDate> WORKING_WEEKENDS = Set.of(LocalDate.of(2024, 5, 4), LocalDate.of(2025, 1, 5));

    static {
        for (String year : DAYS_OFF) {
            String[] parts = year.split(" ");
            String y = parts[0].substring(0, 4);
            OFF.add(LocalDate.parse(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                OFF.add(LocalDate.parse(y + "-" + parts[i]));
            }
        }
    }

    private LawReference() {
    }

    static boolean working(LocalDate d) {
        return WORKING_WEEKENDS.contains(d)
                || !OFF.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Day 0 is the event; the deadline is the n-th working day after it. */
    static LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (working(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Days off and transfers of 2026–2027 are not checked against the acts (domain.md, "Uncertain"). */
    static Set<LocalDate> unsettledDays(LocalDate from, LocalDate deadline) {
        Set<LocalDate> found = new TreeSet<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(deadline); d = d.plusDays(1)) {
            if (d.getYear() >= 2026 && (OFF.contains(d) || WORKING_WEEKENDS.contains(d))) {
                found.add(d);
            }
        }
        return found;
    }

    record Expected(Outcome outcome, Body reviewingBody, boolean forwardingRequired, LocalDate forwardingDeadline,
            Boolean forwardingOverdue, Integer reviewDays, LocalDate reviewDeadline, Boolean reviewOverdue,
            boolean courtAllowed, LocalDate courtFrom, boolean routingIsAReading, boolean periodIsAReading,
            boolean extensionUnverified, Set<LocalDate> unsettledDays) {
    }

    static Expected of(ComplaintFacts c) {
        Respondent who = c.respondent();
        Body at = c.receivedBy();
        boolean providerSide = who != Respondent.STATE_CORPORATION_EMPLOYEE;
        boolean stateCorpAddressee = at == Body.STATE_CORPORATION_HEAD || at == Body.INFORMATIZATION_BODY;

        Outcome outcome;
        Body reviewer;
        boolean reading;
        if (providerSide && (at == Body.SERVICE_PROVIDER || at == Body.OFFICIAL)) {
            // Rules 2–3: filed with the provider or official, forwarded in 3 WD; the reviewing body is a default (open point 1).
            outcome = Outcome.FORWARD_TO_REVIEWING_BODY;
            reviewer = Body.HIGHER_BODY;
            reading = true;
        } else if (providerSide && at == Body.QUALITY_CONTROL_BODY) {
            outcome = Outcome.REVIEW_BY_RECEIVING_BODY;
            reviewer = at;
            reading = false;
        } else if (providerSide && at == Body.HIGHER_BODY) {
            outcome = Outcome.REVIEW_BY_RECEIVING_BODY;
            reviewer = at;
            reading = true;
        } else if (!providerSide && stateCorpAddressee) {
            // Rule 7 names action or inaction only; a decision (or no subject) is routed the same way by reading.
            outcome = Outcome.REVIEW_BY_RECEIVING_BODY;
            reviewer = at;
            reading = c.subject() != Subject.ACTION && c.subject() != Subject.INACTION;
        } else {
            // Open point 4: sent to a body that is not competent, redirected in 3 WD (APPC Art. 65, not in the text).
            outcome = Outcome.REDIRECT_TO_COMPETENT_BODY;
            reviewer = null;
            reading = true;
        }

        boolean forwards = outcome == Outcome.FORWARD_TO_REVIEWING_BODY || outcome == Outcome.REDIRECT_TO_COMPETENT_BODY;
        LocalDate forwardBy = forwards ? addWorkingDays(c.receivedOn(), 3) : null;
        Set<LocalDate> unsettled = new TreeSet<>();
        if (forwards) {
            unsettled.addAll(unsettledDays(c.receivedOn(), forwardBy));
        }

        // Rule 4 and ruling 1: a full act within the window waives the forwarding only.
        boolean waived = outcome == Outcome.FORWARD_TO_REVIEWING_BODY && c.favorableAct() != null
                && c.favorableAct().fullySatisfies() && !c.favorableAct().adoptedOn().isBefore(c.receivedOn())
                && !c.favorableAct().adoptedOn().isAfter(forwardBy);
        if (waived) {
            outcome = Outcome.RESOLVED_BY_FAVORABLE_ACT;
            reviewer = at;
        }

        Integer days = null;
        LocalDate reviewBy = null;
        boolean periodReading = false;
        boolean extension = false;
        if (outcome != Outcome.REDIRECT_TO_COMPETENT_BODY) {
            // Rule 5 (provider, 5 WD), rule 6 (quality-control body, 15 WD), open point 2 (others, 5 WD by analogy).
            days = at == Body.QUALITY_CONTROL_BODY ? 15 : 5;
            periodReading = at != Body.SERVICE_PROVIDER && at != Body.QUALITY_CONTROL_BODY;
            extension = at == Body.QUALITY_CONTROL_BODY;
            reviewBy = addWorkingDays(c.registeredOn(), days);
            unsettled.addAll(unsettledDays(c.registeredOn(), reviewBy));
            if (extension) {
                unsettled.addAll(unsettledDays(c.registeredOn(), addWorkingDays(c.registeredOn(), days + 10)));
            }
        }

        LocalDate asOf = c.asOf();
        boolean forwardingRequired = forwards && !waived;
        Boolean forwardingOverdue = asOf == null || !forwardingRequired ? null : forwardBy.isBefore(asOf);
        Boolean reviewOverdue = asOf == null || reviewBy == null ? null : reviewBy.isBefore(asOf);
        boolean court;
        LocalDate courtFrom = null;
        if (c.preTrialAppealCompleted()) {
            court = true;
        } else if (asOf != null && reviewBy != null && reviewBy.isBefore(asOf)) {
            // Open point 6: a missed review deadline counts as a refusal from the next day.
            court = true;
            courtFrom = reviewBy.plusDays(1);
        } else {
            court = false;
        }
        return new Expected(outcome, reviewer, forwardingRequired, forwardingRequired ? forwardBy : null, forwardingOverdue,
                days, reviewBy, reviewOverdue, court, courtFrom, reading, periodReading, extension, unsettled);
    }

    /** Receipt dates next to holidays, transfers and year ends of 2024–2027. */
    static List<LocalDate> receiptDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (String d : List.of("2024-01-05", "2024-03-20", "2024-05-03", "2024-08-29", "2024-12-13", "2025-01-03",
                "2025-03-19", "2025-06-05", "2025-08-29", "2025-12-30", "2026-03-06", "2026-05-26", "2026-12-15",
                "2027-03-12", "2027-05-06", "2027-10-22")) {
            dates.add(LocalDate.parse(d));
        }
        return dates;
    }
}
