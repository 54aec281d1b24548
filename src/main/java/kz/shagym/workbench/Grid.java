package kz.shagym.workbench;

import java.util.List;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.TableProblem;

/**
 * One sheet of a workbook as the page shows it: the first rows and columns as Excel displays them,
 * each problem pinned to its cell. Problems whose cell lies beyond the shown part are in {@code outside}.
 */
record Grid(String sheet, int index, List<String> columns, List<Row> rows, boolean moreRows, boolean moreColumns,
        List<TableProblem> problems, List<TableProblem> outside) {

    Grid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        outside = List.copyOf(outside);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * @param number the Excel row number, from 1
     * @param period the days a data row of a rule table is in force, from its validFrom and validTo cells;
     *     null for other rows, sheets without those columns, and cells that hold no date
     */
    record Row(int number, List<Cell> cells, List<Cell> badCells, Period period) {

        Row {
            cells = List.copyOf(cells);
            badCells = List.copyOf(badCells);
        }
    }

    /**
     * @param ref the A1 reference
     * @param changed whether the cell differs from the set it is compared with
     * @param was the value there before, when changed (null for a new or blank one)
     */
    record Cell(String ref, String text, List<TableProblem> problems, boolean changed, String was) {

        Cell {
            problems = List.copyOf(problems);
        }

        public boolean bad() {
            return !problems.isEmpty();
        }
    }
}
