package kz.shagym.ruleset.diff;

import java.util.List;
import java.util.Optional;

/**
 * What changed between two rule sets, in the terms a lawyer and an engineer review: per file, per
 * sheet the rows added, removed and changed (matched by their key: the row id, the date in the
 * calendar, the parameter name), and a unified line diff for DRL and templates.
 *
 * <p>It never fails on a set with problems: tables are read cell by cell without the strict checks,
 * so a mistyped cell shows as a changed value rather than a vanished row. A file that cannot be
 * read at all is reported as a changed binary file, with the reason in {@link FileDiff#note()}.
 * Every list is in a stable order (files by path, sheets and cells in table order, rows in sheet
 * order), so two runs over the same sets give the same JSON. {@link RuleSetComparison} computes it.
 */
public record RuleSetDiff(String fromVersion, String toVersion, Summary summary, List<FileDiff> files) {

    public RuleSetDiff {
        files = List.copyOf(files);
    }

    /** False when both sets hold the same files with the same bytes. */
    public boolean hasChanges() {
        return files.stream().anyMatch(f -> f.change() != Change.UNCHANGED);
    }

    public Optional<FileDiff> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public enum Change { ADDED, REMOVED, CHANGED, UNCHANGED }

    /** How a file was compared: row by row, line by line, or only by its bytes. */
    public enum Kind { TABLE, TEXT, BINARY }

    public record Summary(int filesAdded, int filesRemoved, int filesChanged, int filesUnchanged,
            int rowsAdded, int rowsRemoved, int rowsChanged, int linesAdded, int linesRemoved) {

        static Summary of(List<FileDiff> files) {
            int added = 0, removed = 0, changed = 0, unchanged = 0;
            int rowsAdded = 0, rowsRemoved = 0, rowsChanged = 0, linesAdded = 0, linesRemoved = 0;
            for (FileDiff f : files) {
                switch (f.change()) {
                    case ADDED -> added++;
                    case REMOVED -> removed++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
                for (SheetDiff s : f.sheets()) {
                    rowsAdded += s.added().size();
                    rowsRemoved += s.removed().size();
                    rowsChanged += s.changed().size();
                }
                linesAdded += f.linesAdded();
                linesRemoved += f.linesRemoved();
            }
            return new Summary(added, removed, changed, unchanged, rowsAdded, rowsRemoved, rowsChanged,
                    linesAdded, linesRemoved);
        }
    }

    /**
     * One file. {@code sheets} is filled for tables, {@code hunks} for text; the hashes are null on
     * the side where the file is absent. {@code note} says why a file was compared only as bytes.
     */
    public record FileDiff(String path, Change change, Kind kind, String fromSha256, String toSha256,
            List<SheetDiff> sheets, List<Hunk> hunks, int linesAdded, int linesRemoved, String note) {

        public FileDiff {
            sheets = List.copyOf(sheets);
            hunks = List.copyOf(hunks);
        }

        /** The hunks as {@code diff -u} prints them; empty for files not compared as text. */
        public String unified() {
            if (hunks.isEmpty()) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            out.append("--- ").append(change == Change.ADDED ? "/dev/null" : "a/" + path).append('\n');
            out.append("+++ ").append(change == Change.REMOVED ? "/dev/null" : "b/" + path).append('\n');
            for (Hunk h : hunks) {
                out.append("@@ -").append(range(h.fromStart(), h.fromCount())).append(" +")
                        .append(range(h.toStart(), h.toCount())).append(" @@\n");
                for (Line l : h.lines()) {
                    out.append(switch (l.change()) {
                        case CONTEXT -> ' ';
                        case ADDED -> '+';
                        case REMOVED -> '-';
                    }).append(l.text()).append('\n');
                }
            }
            return out.toString();
        }

        private static String range(int start, int count) {
            return count == 1 ? Integer.toString(start) : start + "," + count;
        }
    }

    /** One sheet: rows only in the new version, only in the old one, and in both but different. */
    public record SheetDiff(String sheet, String keyColumn, List<Row> added, List<Row> removed,
            List<ChangedRow> changed, int unchanged) {

        public SheetDiff {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        public boolean hasChanges() {
            return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
        }
    }

    /** A row that exists on one side only, with its non-blank cells. */
    public record Row(String key, int row, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell as Excel shows it; {@code cell} is its A1 reference. */
    public record Cell(String column, String header, String cell, String value) {
    }

    /**
     * A row in both versions. {@code moved} is true when its order among the rows of both versions
     * changed (in the routing table, the first matching row wins, so order is meaning).
     */
    public record ChangedRow(String key, int fromRow, int toRow, boolean moved, List<CellChange> cells) {

        public ChangedRow {
            cells = List.copyOf(cells);
        }
    }

    /** One changed cell; a value is null where the cell is blank. */
    public record CellChange(String column, String header, String fromCell, String toCell, String oldValue,
            String newValue) {
    }

    /** A unified-diff hunk: line numbers are 1-based, as in {@code @@ -fromStart,fromCount +toStart,toCount @@}. */
    public record Hunk(int fromStart, int fromCount, int toStart, int toCount, List<Line> lines) {

        public Hunk {
            lines = List.copyOf(lines);
        }
    }

    /** One line of a hunk; the line number is null on the side the line does not exist. */
    public record Line(LineChange change, Integer fromLine, Integer toLine, String text) {
    }

    public enum LineChange { CONTEXT, ADDED, REMOVED }
}
