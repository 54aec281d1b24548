package kz.shagym.workbench;

import java.util.List;
import kz.shagym.ruleset.TableProblem;

/**
 * One file of a set as the page shows it: a workbook as grids, with the problems that have no cell
 * of their own (a missing sheet, a whole file) listed above them.
 *
 * @param index the file's position on the page, for element ids
 * @param problems every problem of this file
 * @param fileProblems the problems not shown on a cell of a grid
 */
record FileView(String path, String name, int index, boolean workbook, List<Grid> grids,
        List<TableProblem> problems, List<TableProblem> fileProblems) {

    FileView {
        grids = List.copyOf(grids);
        problems = List.copyOf(problems);
        fileProblems = List.copyOf(fileProblems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
