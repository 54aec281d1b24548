package kz.shagym.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.diff.RuleSetDiff;

/** Puts each problem of a set where a lawyer will look for it: on its cell, above its file, or above all. */
final class FileViews {

    private final SheetGrids grids;

    FileViews(SheetGrids grids) {
        this.grids = grids;
    }

    /** The files to show and the problems that belong to none of them. */
    record Placed(List<FileView> files, List<TableProblem> unplaced) {

        Placed {
            files = List.copyOf(files);
            unplaced = List.copyOf(unplaced);
        }

        public int total() {
            return unplaced.size() + files.stream().mapToInt(f -> f.problems().size()).sum();
        }
    }

    /**
     * @param files the set's files by path
     * @param shown the paths to show (a file with problems is shown whether listed or not)
     */
    Placed place(Map<String, byte[]> files, Collection<String> shown, List<TableProblem> problems) {
        return place(files, shown, problems, null);
    }

    /** The same, with the cells that changed against {@code diff} marked in the grids. */
    Placed place(Map<String, byte[]> files, Collection<String> shown, List<TableProblem> problems, RuleSetDiff diff) {
        Set<String> paths = new LinkedHashSet<>();
        for (String path : files.keySet()) {
            if (shown.contains(path) || problems.stream().anyMatch(p -> belongs(p, path))) {
                paths.add(path);
            }
        }
        List<FileView> views = new ArrayList<>();
        for (String path : paths) {
            views.add(view(path, files.get(path), views.size(), problems, changes(diff, path)));
        }
        List<TableProblem> unplaced = problems.stream()
                .filter(p -> paths.stream().noneMatch(path -> belongs(p, path))).toList();
        return new Placed(views, unplaced);
    }

    FileView view(String path, byte[] bytes, int index, List<TableProblem> problems) {
        return view(path, bytes, index, problems, Map.of());
    }

    private FileView view(String path, byte[] bytes, int index, List<TableProblem> problems, Map<String, String> changes) {
        List<TableProblem> mine = problems.stream().filter(p -> belongs(p, path)).toList();
        List<Grid> sheets = isWorkbook(path) ? grids.read(bytes, mine, changes) : List.of();
        List<TableProblem> onCells = sheets.stream()
                .flatMap(g -> g.problems().stream().filter(p -> !g.outside().contains(p))).toList();
        List<TableProblem> above = mine.stream().filter(p -> !onCells.contains(p)).toList();
        return new FileView(path, name(path), index, !sheets.isEmpty(), sheets, mine, above);
    }

    /** The changed and added cells of one file ("Sheet!D4" to its old value), from a diff. */
    static Map<String, String> changes(RuleSetDiff diff, String path) {
        Map<String, String> cells = new HashMap<>();
        if (diff == null) {
            return cells;
        }
        diff.file(path).ifPresent(file -> file.sheets().forEach(sheet -> {
            sheet.changed().forEach(row -> row.cells().stream().filter(c -> c.toCell() != null)
                    .forEach(c -> cells.put(sheet.sheet() + "!" + c.toCell(), c.oldValue())));
            sheet.added().forEach(row -> row.cells().forEach(c -> cells.put(sheet.sheet() + "!" + c.cell(), null)));
        }));
        return cells;
    }

    /** Table problems name the bare file ("routing.drl.xlsx"), rule problems the path ("rules/decision.drl"). */
    static boolean belongs(TableProblem p, String path) {
        if (p.file() == null) {
            return false;
        }
        return p.file().equals(path) || p.file().equals(name(path));
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static boolean isWorkbook(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return path.startsWith(RuleSetSource.TABLES_DIR) && (lower.endsWith(".xlsx") || lower.endsWith(".xls"));
    }
}
