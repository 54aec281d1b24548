package kz.shagym.printout;

import static kz.shagym.ruleset.BrokenTables.build;
import static kz.shagym.ruleset.BrokenTables.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.tables.SheetReader;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.rules.RuleStatus;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
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

    @ParameterizedTest
    @EnumSource(value = TableKind.class, names = {"ROUTING", "TIME_LIMITS", "COURT_EXCEPTIONS"})
    void ruleTableTemplateShouldOfferEachRowsPeriodAsDateColumns(TableKind kind) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new TableTemplates().emptyTemplate(kind, "ru")))) {
            Sheet sheet = workbook.getSheet(kind.sheets().get(0).name());
            List<String> headers = new ArrayList<>();
            sheet.getRow(SheetSchema.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));

            assertThat(headers).endsWith("Действует с (validFrom)", "Действует по (validTo)");
            int validFrom = headers.indexOf("Действует с (validFrom)");
            assertThat(sheet.getColumnStyle(validFrom).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            List<String> notes = new ArrayList<>();
            workbook.getSheet(TableTemplates.NOTES_SHEET).forEach(r -> notes.add(new DataFormatter().formatCellValue(r.getCell(1))));
            assertThat(notes).contains("validFrom", "validTo");
        }
    }

    @Test
    void courtExceptionsWrittenWithPeriodsShouldBuildWithThoseDays() {
        byte[] table = new TableTemplates().write(TableKind.COURT_EXCEPTIONS, Map.of("CourtExceptions", List.of(
                exception("C01", null, LocalDate.of(2025, 12, 31)), exception("C02", LocalDate.of(2026, 6, 1), null))), "ru");

        BuildResult result = build(shipped().with(TableKind.COURT_EXCEPTIONS.path(), table));

        assertThat(result).isInstanceOf(BuildResult.Built.class);
        assertThat(((BuildResult.Built) result).ruleSet().tableRules()).filteredOn(r -> r.origin().id().startsWith("C"))
                .extracting(r -> r.origin().inForce())
                .containsExactly(new Period(null, LocalDate.of(2025, 12, 31)), new Period(LocalDate.of(2026, 6, 1), null));
    }

    private static Map<String, Object> exception(String id, LocalDate from, LocalDate to) {
        Map<String, Object> row = new HashMap<>(Map.of("id", id, "serviceCode", "PS-1", "legalBasis", "Закон, ст. 1",
                "status", RuleStatus.LAW, "textRu", "Суд напрямую", "textKk", "Тікелей сот"));
        row.put("validFrom", from);
        row.put("validTo", to);
        return row;
    }

    @Test
    void ruleSetWithEmptyCourtExceptionsTemplateShouldBuild() {
        byte[] empty = new TableTemplates().emptyTemplate(TableKind.COURT_EXCEPTIONS, "kk");

        BuildResult result = build(shipped().with(TableKind.COURT_EXCEPTIONS.path(), empty));

        assertThat(result).isInstanceOf(BuildResult.Built.class);
    }
}
