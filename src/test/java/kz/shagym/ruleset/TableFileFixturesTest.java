package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Problems of whole files: names, presence, format. They carry no sheet and no cell. */
class TableFileFixturesTest {

    private static final String ROUTING_PATH = RuleSetSource.TABLES_DIR + "routing.drl.xlsx";

    @Test
    void routingTableSavedAsPlainXlsxShouldBeReportedAsMisnamedNotSkippedNorMissing() {
        TableProblem p = onlyProblem(buildWithout(ROUTING_PATH, RuleSetSource.TABLES_DIR + "routing.xlsx",
                fixture("saved-under-plain-name/routing.xlsx")));

        assertAt(p, PLAIN_XLSX_NAME, "routing.xlsx", null, null);
        assertThat(p.messageRu()).contains("«routing.xlsx»", "«routing.drl.xlsx»");
    }

    @Test
    void unknownExtraFileShouldBeReportedByItsName() {
        String copy = "routing (копия).drl.xlsx";
        TableProblem p = onlyProblem(build(shipped().with(RuleSetSource.TABLES_DIR + copy,
                fixture("unknown-extra-file/" + copy))));

        assertAt(p, UNKNOWN_FILE, copy, null, null);
        assertThat(p.messageEn()).contains("routing.drl.xlsx", "calendar.xlsx");
    }

    @Test
    void missingTableShouldBeReportedByItsExpectedName() {
        TableProblem p = onlyProblem(buildWithout(RuleSetSource.TABLES_DIR + "time-limits.drl.xlsx", null, null));

        assertAt(p, MISSING_FILE, "time-limits.drl.xlsx", null, null);
    }

    @Test
    void oldXlsWorkbookNamedXlsxShouldBeReportedAsUnreadableWithAdviceToSaveAsXlsx() {
        TableProblem p = onlyProblem(buildWith("routing.drl.xlsx", "routing-saved-as-old-xls.drl.xlsx"));

        assertAt(p, FILE_UNREADABLE, "routing.drl.xlsx", null, null);
        assertThat(p.messageEn()).contains("save as .xlsx");
    }

    @Test
    void textFileNamedXlsxShouldBeReportedAsUnreadableWithoutJavaInternals() {
        TableProblem p = onlyProblem(buildWith("routing.drl.xlsx", "routing-not-a-workbook.drl.xlsx"));

        assertAt(p, FILE_UNREADABLE, "routing.drl.xlsx", null, null);
    }
}
