package kz.shagym.ruleset.diff;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.LenientTableReader.ReadRow;
import kz.shagym.ruleset.diff.LenientTableReader.SheetRows;
import kz.shagym.ruleset.diff.RuleSetDiff.CellChange;
import kz.shagym.ruleset.diff.RuleSetDiff.Change;
import kz.shagym.ruleset.diff.RuleSetDiff.ChangedRow;
import kz.shagym.ruleset.diff.RuleSetDiff.FileDiff;
import kz.shagym.ruleset.diff.RuleSetDiff.Hunk;
import kz.shagym.ruleset.diff.RuleSetDiff.Kind;
import kz.shagym.ruleset.diff.RuleSetDiff.LineChange;
import kz.shagym.ruleset.diff.RuleSetDiff.SheetDiff;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;

/** Compares one path of two rule sets: as a table when it is one of ours, else as text, else as bytes. */
final class FileComparison {

    private FileComparison() {
    }

    /** Either side may be null: the file is absent there. */
    static FileDiff compare(String path, byte[] from, byte[] to) {
        Change change = from == null ? Change.ADDED : to == null ? Change.REMOVED
                : Arrays.equals(from, to) ? Change.UNCHANGED : Change.CHANGED;
        String fromSha = from == null ? null : RuleSetSource.sha256(from);
        String toSha = to == null ? null : RuleSetSource.sha256(to);
        Optional<TableKind> table = tableKind(path);
        if (change == Change.UNCHANGED) {
            Kind kind = table.isPresent() ? Kind.TABLE : text(from) != null ? Kind.TEXT : Kind.BINARY;
            return new FileDiff(path, change, kind, fromSha, toSha, List.of(), List.of(), 0, 0, null);
        }
        if (table.isPresent()) {
            LenientTableReader reader = new LenientTableReader();
            try {
                List<SheetRows> a = from == null ? LenientTableReader.empty(table.get()) : reader.read(table.get(), from);
                List<SheetRows> b = to == null ? LenientTableReader.empty(table.get()) : reader.read(table.get(), to);
                List<SheetDiff> sheets = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    sheets.add(sheets(a.get(i), b.get(i)));
                }
                return new FileDiff(path, change, Kind.TABLE, fromSha, toSha, sheets, List.of(), 0, 0, null);
            } catch (LenientTableReader.Unreadable e) {
                return binary(path, change, fromSha, toSha, "не читается как таблица: " + e.getMessage()
                        + "; сравнено только содержимое файла / not readable as a table; compared by bytes only");
            }
        }
        String a = from == null ? "" : text(from);
        String b = to == null ? "" : text(to);
        if (a == null || b == null) {
            return binary(path, change, fromSha, toSha, null);
        }
        List<Hunk> hunks = LineDiff.diff(LineDiff.lines(a), LineDiff.lines(b));
        int added = 0;
        int removed = 0;
        for (Hunk h : hunks) {
            added += (int) h.lines().stream().filter(l -> l.change() == LineChange.ADDED).count();
            removed += (int) h.lines().stream().filter(l -> l.change() == LineChange.REMOVED).count();
        }
        return new FileDiff(path, change, Kind.TEXT, fromSha, toSha, List.of(), hunks, added, removed, null);
    }

    private static FileDiff binary(String path, Change change, String fromSha, String toSha, String note) {
        return new FileDiff(path, change, Kind.BINARY, fromSha, toSha, List.of(), List.of(), 0, 0, note);
    }

    private static Optional<TableKind> tableKind(String path) {
        if (!path.startsWith(RuleSetSource.TABLES_DIR)) {
            return Optional.empty();
        }
        return TableKind.byFileName(path.substring(RuleSetSource.TABLES_DIR.length()));
    }

    /** The content as UTF-8 text without a byte order mark, or null when it is not text. */
    static String text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return null;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static SheetDiff sheets(SheetRows from, SheetRows to) {
        Map<String, ReadRow> before = byKey(from.rows());
        Map<String, ReadRow> after = byKey(to.rows());
        List<RuleSetDiff.Row> removed = from.rows().stream().filter(r -> !after.containsKey(r.key()))
                .map(r -> whole(r, from.schema())).toList();
        List<RuleSetDiff.Row> added = to.rows().stream().filter(r -> !before.containsKey(r.key()))
                .map(r -> whole(r, to.schema())).toList();
        Set<String> moved = moved(from.rows(), to.rows(), before, after);
        List<ChangedRow> changed = new ArrayList<>();
        int unchanged = 0;
        for (ReadRow b : to.rows()) {
            ReadRow a = before.get(b.key());
            if (a == null) {
                continue;
            }
            List<CellChange> cells = new ArrayList<>();
            for (Column c : to.schema().columns()) {
                String old = a.values().get(c.key());
                String now = b.values().get(c.key());
                if (!Objects.equals(old, now)) {
                    cells.add(new CellChange(c.key(), c.header(), a.cells().get(c.key()), b.cells().get(c.key()), old, now));
                }
            }
            if (cells.isEmpty() && !moved.contains(b.key())) {
                unchanged++;
            } else {
                changed.add(new ChangedRow(b.key(), a.row(), b.row(), moved.contains(b.key()), cells));
            }
        }
        return new SheetDiff(to.schema().name(), to.keyColumn(), added, removed, changed, unchanged);
    }

    private static Map<String, ReadRow> byKey(List<ReadRow> rows) {
        Map<String, ReadRow> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.key(), r));
        return map;
    }

    private static RuleSetDiff.Row whole(ReadRow row, SheetSchema schema) {
        List<RuleSetDiff.Cell> cells = new ArrayList<>();
        for (Column c : schema.columns()) {
            String value = row.values().get(c.key());
            if (value != null) {
                cells.add(new RuleSetDiff.Cell(c.key(), c.header(), row.cells().get(c.key()), value));
            }
        }
        return new RuleSetDiff.Row(row.key(), row.row(), cells);
    }

    /**
     * The rows in both versions whose order relative to the others changed: all but the longest run
     * that kept its order. Keys are unique, so that run is a longest increasing subsequence
     * (O(n log n), which a 5,000-row calendar needs).
     */
    private static Set<String> moved(List<ReadRow> from, List<ReadRow> to, Map<String, ReadRow> before,
            Map<String, ReadRow> after) {
        Map<String, Integer> oldIndex = new HashMap<>();
        for (ReadRow r : from) {
            if (after.containsKey(r.key())) {
                oldIndex.put(r.key(), oldIndex.size());
            }
        }
        List<String> common = to.stream().map(ReadRow::key).filter(before::containsKey).toList();
        int n = common.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int value = oldIndex.get(common.get(k));
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (oldIndex.get(common.get(tailIndex[mid])) < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = k;
            length = Math.max(length, lo + 1);
        }
        Set<String> kept = new HashSet<>();
        for (int k = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k = previous[k]) {
            kept.add(common.get(k));
        }
        Set<String> moved = new HashSet<>(common);
        moved.removeAll(kept);
        return moved;
    }
}
