package kz.shagym.inforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the rows that cover one case fires on which days, when the first row in force wins: the
 * rows are given in their order of precedence (a table's order, a service row before the general
 * one), each with its period. Says which rows never fire, which rows take their days, and the days
 * on which no row is in force between rows that are (a gap). The tables' checks are built on it.
 */
public final class FirstInForce {

    /** A row that fires on no day: on every day of its period one of {@code by} (indices) wins instead. */
    public record Shadowed(int row, Set<Integer> by) {
    }

    /** No row is in force from {@code from} to {@code to}; {@code before} ends the day before, {@code after} begins the day after. */
    public record Gap(LocalDate from, LocalDate to, int before, int after) {
    }

    public record Result(Set<Integer> winners, List<Shadowed> shadowed, List<Gap> gaps) {
    }

    /** At most this many winners are named for a row that never fires: enough for a message. */
    private static final int NAMED = 5;

    private FirstInForce() {
    }

    /**
     * Sweeps the days once: between two consecutive period bounds the same rows are in force, and the
     * first of them wins every day of that stretch.
     */
    public static Result of(List<Period> periods) {
        List<long[]> events = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            events.add(new long[] {start(periods.get(i)), 1, i});
            events.add(new long[] {end(periods.get(i)), -1, i});
        }
        // ends before starts at the same point: a period that ends the day before another begins does not overlap it
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> stretches = new ArrayList<>();
        TreeSet<Integer> inForce = new TreeSet<>();
        for (int e = 0; e < events.size(); e++) {
            long[] event = events.get(e);
            if (event[1] > 0) {
                inForce.add((int) event[2]);
            } else {
                inForce.remove((int) event[2]);
            }
            boolean lastAtThisPoint = e + 1 == events.size() || events.get(e + 1)[0] != event[0];
            if (lastAtThisPoint && e + 1 < events.size()) {
                stretches.add(new long[] {event[0], events.get(e + 1)[0], inForce.isEmpty() ? -1 : inForce.first()});
            }
        }
        Set<Integer> winners = new LinkedHashSet<>();
        stretches.forEach(s -> {
            if (s[2] >= 0) {
                winners.add((int) s[2]);
            }
        });
        List<Shadowed> shadowed = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            if (!winners.contains(i)) {
                shadowed.add(new Shadowed(i, winnersWithin(periods.get(i), stretches)));
            }
        }
        return new Result(winners, shadowed, gaps(stretches));
    }

    private static Set<Integer> winnersWithin(Period period, List<long[]> stretches) {
        Set<Integer> by = new TreeSet<>();
        long from = start(period);
        long to = end(period);
        for (long[] s : stretches) {
            if (s[0] >= to || by.size() >= NAMED) {
                break;
            }
            if (s[1] > from && s[2] >= 0) {
                by.add((int) s[2]);
            }
        }
        return by;
    }

    private static List<Gap> gaps(List<long[]> stretches) {
        List<Gap> gaps = new ArrayList<>();
        for (int k = 1; k + 1 < stretches.size(); k++) {
            long[] s = stretches.get(k);
            long[] before = stretches.get(k - 1);
            long[] after = stretches.get(k + 1);
            // stretches alternate only where the rows in force change, so a free stretch lies between covered ones
            if (s[2] < 0 && before[2] >= 0 && after[2] >= 0) {
                gaps.add(new Gap(LocalDate.ofEpochDay(s[0]), LocalDate.ofEpochDay(s[1] - 1), (int) before[2], (int) after[2]));
            }
        }
        return gaps;
    }

    private static long start(Period p) {
        return p.validFrom() == null ? Long.MIN_VALUE : p.validFrom().toEpochDay();
    }

    /** The first day after the period (exclusive end). */
    private static long end(Period p) {
        return p.validTo() == null ? Long.MAX_VALUE : p.validTo().toEpochDay() + 1;
    }
}
