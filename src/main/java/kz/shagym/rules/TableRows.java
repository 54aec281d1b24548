package kz.shagym.rules;

/**
 * The global through which a rule generated from a table row inserts that row as a typed fact.
 * Generated rules splice only the row number into DRL; every value reaches the rules through
 * this lookup, so no cell text ever becomes code.
 */
public interface TableRows {

    Route route(int row);

    TimeLimit timeLimit(int row);

    DirectCourtAccess directCourtAccess(int row);
}
