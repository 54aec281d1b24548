package kz.shagym.ruleset;

/**
 * One problem in a rule set, where a lawyer can find it: file, sheet and cell (A1), with the
 * message in Russian, Kazakh and English and a stable code that tests and clients can rely on.
 * {@code sheet} and {@code cell} are null for problems of a whole file; for a DRL file,
 * {@code cell} is null and {@code line} says where.
 */
public record TableProblem(String code, String file, String sheet, String cell, Integer line,
        String messageRu, String messageKk, String messageEn) {

    /** "routing.drl.xlsx › Routing › E7: ..." in Russian, for logs and the command line. */
    public String describeRu() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) {
            where.append(" › ").append(sheet);
        }
        if (cell != null) {
            where.append(" › ").append(cell);
        }
        if (line != null) {
            where.append(" › строка ").append(line);
        }
        return where + ": " + messageRu + " [" + code + "]";
    }
}
