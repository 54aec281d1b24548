package kz.shagym.cli;

import java.io.PrintStream;
import java.util.List;
import kz.shagym.ruleset.diff.RuleSetDiff;
import kz.shagym.ruleset.diff.RuleSetDiff.CellChange;
import kz.shagym.ruleset.diff.RuleSetDiff.ChangedRow;
import kz.shagym.ruleset.diff.RuleSetDiff.FileDiff;
import kz.shagym.ruleset.diff.RuleSetDiff.SheetDiff;
import kz.shagym.ruleset.diff.RuleSetDiff.Summary;

/** A rule-set diff as a lawyer reads it: a summary, then per changed file the rows and cells, or the lines. */
final class DiffText {

    private static final String BLANK = "(пусто / blank)";

    private final PrintStream out;

    DiffText(PrintStream out) {
        this.out = out;
    }

    void print(RuleSetFolder from, RuleSetFolder to, RuleSetDiff diff) {
        out.println("Сравнение наборов правил / Rule set comparison");
        out.println("  Было / From:  " + from.describe());
        out.println("                версия / version " + diff.fromVersion());
        out.println("  Стало / To:   " + to.describe());
        out.println("                версия / version " + diff.toVersion());
        out.println();
        if (!diff.hasChanges()) {
            out.println("Наборы совпадают. / The rule sets are identical.");
            return;
        }
        Summary s = diff.summary();
        out.println("Файлы / Files: изменено / changed " + s.filesChanged() + ", добавлено / added " + s.filesAdded()
                + ", удалено / removed " + s.filesRemoved() + ", без изменений / unchanged " + s.filesUnchanged());
        out.println("Строки таблиц / Table rows: добавлено / added " + s.rowsAdded() + ", удалено / removed "
                + s.rowsRemoved() + ", изменено / changed " + s.rowsChanged());
        out.println("Строки правил / Rule lines: +" + s.linesAdded() + " −" + s.linesRemoved());
        for (FileDiff f : diff.files()) {
            if (f.change() != RuleSetDiff.Change.UNCHANGED) {
                out.println();
                file(f);
            }
        }
    }

    private void file(FileDiff f) {
        String change = switch (f.change()) {
            case ADDED -> "+ " + f.path() + " — добавлен / added";
            case REMOVED -> "− " + f.path() + " — удалён / removed";
            default -> "~ " + f.path() + " — изменён / changed";
        };
        switch (f.kind()) {
            case TABLE -> {
                out.println(change);
                boolean any = false;
                for (SheetDiff sheet : f.sheets()) {
                    if (sheet.hasChanges()) {
                        sheet(sheet);
                        any = true;
                    }
                }
                if (!any) {
                    out.println("    Данные не изменились, только оформление файла. / Data unchanged; only the file's formatting.");
                }
            }
            case TEXT -> {
                out.println(change + " (+" + f.linesAdded() + " −" + f.linesRemoved() + ")");
                for (String line : f.unified().split("\n")) {
                    if (!line.startsWith("--- ") && !line.startsWith("+++ ") && !line.isEmpty()) {
                        out.println("    " + line);
                    }
                }
            }
            case BINARY -> {
                out.println(change + "; сравнён только как файл / compared as a file only");
                if (f.note() != null) {
                    out.println("    " + f.note());
                }
            }
        }
    }

    private void sheet(SheetDiff sheet) {
        out.println("  Лист / Sheet «" + sheet.sheet() + "»: добавлено / added " + sheet.added().size()
                + ", удалено / removed " + sheet.removed().size() + ", изменено / changed " + sheet.changed().size()
                + ", без изменений / unchanged " + sheet.unchanged());
        for (RuleSetDiff.Row row : sheet.removed()) {
            out.println("    − " + row.key() + " (строка / row " + row.row() + ") удалена / removed");
            cells(row.cells());
        }
        for (RuleSetDiff.Row row : sheet.added()) {
            out.println("    + " + row.key() + " (строка / row " + row.row() + ") добавлена / added");
            cells(row.cells());
        }
        for (ChangedRow row : sheet.changed()) {
            String rows = row.fromRow() == row.toRow() ? "строка / row " + row.toRow()
                    : "строка / row " + row.fromRow() + " → " + row.toRow();
            out.println("    ~ " + row.key() + " (" + rows + ") изменена / changed"
                    + (row.moved() ? "; порядок строк изменился / moved among the rows" : ""));
            for (CellChange c : row.cells()) {
                String where = c.toCell() != null ? c.toCell() : c.fromCell();
                out.println("        " + c.header() + (where == null ? "" : " [" + where + "]") + ": "
                        + show(c.oldValue()) + " → " + show(c.newValue()));
            }
        }
    }

    private void cells(List<RuleSetDiff.Cell> cells) {
        for (RuleSetDiff.Cell c : cells) {
            out.println("        " + c.header() + " [" + c.cell() + "]: " + c.value());
        }
    }

    private static String show(String value) {
        return value == null ? BLANK : "«" + value + "»";
    }
}
