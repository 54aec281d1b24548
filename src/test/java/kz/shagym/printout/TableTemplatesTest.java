package kz.shagym.printout;

import static kz.shagym.ruleset.BrokenTables.build;
import static kz.shagym.ruleset.BrokenTables.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.tables.SheetReader;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The empty tables analysts download must read back as valid, empty tables. */
class TableTemplatesTest {

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void emptyTemplateShouldReadBackWithEveryHeaderAndNoDataRows(TableKind kind) throws IOException {
        byte[] template = new TableTemplates().emptyTemplate(kind, "ru");
        List<TableProblem> problems = new ArrayList<>();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (SheetSchema schema : kind.sheets()) {
                SheetReader.SheetContent content = new SheetReader().read(workbook, kind.fileName(), schema, problems);

                assertThat(problems).as("%s › %s", kind.fileName(), schema.name()).isEmpty();
                assertThat(content.rows()).as("%s › %s", kind.fileName(), schema.name()).isEmpty();
            }
        }
    }

    @Test
    void ruleSetWithEmptyCourtExceptionsTemplateShouldBuild() {
        byte[] empty = new TableTemplates().emptyTemplate(TableKind.COURT_EXCEPTIONS, "kk");

        BuildResult result = build(shipped().with(TableKind.COURT_EXCEPTIONS.path(), empty));

        assertThat(result).isInstanceOf(BuildResult.Built.class);
    }
}
