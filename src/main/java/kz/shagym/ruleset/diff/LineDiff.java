package kz.shagym.ruleset.diff;

import java.util.ArrayList;
import java.util.List;
import kz.shagym.ruleset.diff.RuleSetDiff.Hunk;
import kz.shagym.ruleset.diff.RuleSetDiff.Line;
import kz.shagym.ruleset.diff.RuleSetDiff.LineChange;

/**
 * A unified line diff from the longest common subsequence of the two texts' lines, with three
 * lines of context, as {@code diff -u} prints it. The common head and tail are cut off first, so
 * the quadratic table only covers the changed middle; a middle beyond {@link #MAX_CELLS} is shown
 * as removed and re-added whole rather than spend hundreds of megabytes on it.
 */
final class LineDiff {

    static final int CONTEXT = 3;
    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    static List<Hunk> diff(List<String> from, List<String> to) {
        return hunks(script(from, to));
    }

    /** Splits on any line break; a final line break does not start another line. */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Every line of both texts in order, each marked as kept, removed or added. */
    static List<Line> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> script = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            script.add(new Line(LineChange.CONTEXT, i + 1, i + 1, a.get(i)));
        }
        middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head, script);
        for (int k = tail; k > 0; k--) {
            int i = a.size() - k;
            int j = b.size() - k;
            script.add(new Line(LineChange.CONTEXT, i + 1, j + 1, a.get(i)));
        }
        return script;
    }

    private static void middle(List<String> a, List<String> b, int offset, List<Line> script) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                script.add(new Line(LineChange.REMOVED, offset + i + 1, null, a.get(i)));
            }
            for (int j = 0; j < m; j++) {
                script.add(new Line(LineChange.ADDED, null, offset + j + 1, b.get(j)));
            }
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                script.add(new Line(LineChange.CONTEXT, offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                script.add(new Line(LineChange.ADDED, null, offset + j + 1, b.get(j)));
                j++;
            } else {
                // removals before additions, as diff -u prints a replaced block
                script.add(new Line(LineChange.REMOVED, offset + i + 1, null, a.get(i)));
                i++;
            }
        }
    }

    /** Groups changes with up to {@link #CONTEXT} lines around them; changes closer than that share a hunk. */
    static List<Hunk> hunks(List<Line> script) {
        List<Hunk> hunks = new ArrayList<>();
        int k = 0;
        while (k < script.size()) {
            if (script.get(k).change() == LineChange.CONTEXT) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k; // exclusive end of the hunk
            int lastChange = k;
            while (end < script.size() && end - lastChange <= 2 * CONTEXT + 1) {
                if (script.get(end).change() != LineChange.CONTEXT) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(script.size(), lastChange + 1 + CONTEXT);
            hunks.add(hunk(script, start, end));
            k = end;
        }
        return hunks;
    }

    private static Hunk hunk(List<Line> script, int start, int end) {
        List<Line> lines = script.subList(start, end);
        int fromCount = (int) lines.stream().filter(l -> l.fromLine() != null).count();
        int toCount = (int) lines.stream().filter(l -> l.toLine() != null).count();
        return new Hunk(startOf(script, start, end, true), fromCount, startOf(script, start, end, false), toCount, lines);
    }

    /** The hunk's first line on one side; when the side has none, the line before the hunk (as diff -u). */
    private static int startOf(List<Line> script, int start, int end, boolean fromSide) {
        for (int k = start; k < end; k++) {
            Integer n = fromSide ? script.get(k).fromLine() : script.get(k).toLine();
            if (n != null) {
                return n;
            }
        }
        for (int k = start - 1; k >= 0; k--) {
            Integer n = fromSide ? script.get(k).fromLine() : script.get(k).toLine();
            if (n != null) {
                return n;
            }
        }
        return 0;
    }
}
