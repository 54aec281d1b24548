package kz.shagym.workbench;

import kz.shagym.problem.ProblemException;

/** A template was asked for a table kind the service does not have. */
final class UnknownTemplate extends ProblemException {

    private final String kind;

    UnknownTemplate(String kind) {
        super(WorkbenchProblem.UNKNOWN_TEMPLATE, "no table kind " + kind);
        this.kind = kind;
    }

    @Override public String detail() {
        return "Таблицы вида «" + kind + "» нет. / There is no table kind '" + kind + "'.";
    }
}
