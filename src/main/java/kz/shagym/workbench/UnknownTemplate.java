package kz.shagym.workbench;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A template was asked for a table kind the service does not have. */
final class UnknownTemplate extends RuntimeException implements ProblemException {

    private final String kind;

    UnknownTemplate(String kind) {
        super("no table kind " + kind);
        this.kind = kind;
    }

    @Override public HttpStatus status() { return HttpStatus.NOT_FOUND; }
    @Override public String code() { return "SHG-WORKBENCH-404"; }
    @Override public String title() { return "Unknown table kind"; }
    @Override public String detail() {
        return "Таблицы вида «" + kind + "» нет. / There is no table kind '" + kind + "'.";
    }
}
