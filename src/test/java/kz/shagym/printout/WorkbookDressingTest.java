package kz.shagym.printout;

import static kz.shagym.printout.ServedWorkbooks.VERSION;
import static kz.shagym.printout.ServedWorkbooks.columns;
import static kz.shagym.printout.ServedWorkbooks.open;
import static kz.shagym.printout.ServedWorkbooks.printableShipped;
import static kz.shagym.printout.ServedWorkbooks.validationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.ColumnType;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.rules.RuleStatus;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A version's table as served for print and editing, opened with POI as Excel would open it: every column's
 * rule comes from its schema and stops a wrong value with a Russian and a Kazakh message, and every sheet is
 * set up to print.
 */
class WorkbookDressingTest {

    private static final String RU_LIST = "Выберите значение из списка";
    private static final String KK_LIST = "Тізімнен мән таңдаңыз";

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void everyColumnOfAServedTableShouldCarryTheRuleOfItsTypeAndStopOtherValuesInRussianAndKazakh(TableKind kind)
            throws IOException {
        try (XSSFWorkbook workbook = open(printableShipped(kind, "ru"))) {
            for (SheetSchema schema : kind.sheets()) {
                XSSFSheet sheet = workbook.getSheet(schema.name());
                Map<Integer, Column> columns = columns(sheet, schema);
                assertThat(columns).as(schema.name()).hasSize(schema.columns().size());
                columns.forEach((index, column) -> assertRule(sheet, index, column));
            }
        }
    }

    private static void assertRule(XSSFSheet sheet, int index, Column column) {
        List<XSSFDataValidation> rules = validationsOf(sheet, index);
        String where = sheet.getSheetName() + " › " + column.key();
        if (column.type() == ColumnType.TEXT) {
            assertThat(rules).as(where).isEmpty();
            return;
        }
        assertThat(rules).as(where).hasSize(1);
        XSSFDataValidation rule = rules.get(0);
        DataValidationConstraint constraint = rule.getValidationConstraint();
        switch (column.type()) {
            case ENUM -> {
                assertThat(constraint.getValidationType()).as(where).isEqualTo(ValidationType.LIST);
                assertThat(constraint.getExplicitListValues()).as(where).containsExactlyElementsOf(column.allowedValues());
                assertStops(rule, where, RU_LIST, KK_LIST);
            }
            case BOOLEAN -> {
                assertThat(constraint.getExplicitListValues()).as(where).containsExactly("Да", "Нет", "Иә", "Жоқ");
                assertStops(rule, where, RU_LIST, KK_LIST);
            }
            case INTEGER -> {
                assertThat(constraint.getValidationType()).as(where).isEqualTo(ValidationType.INTEGER);
                assertThat(constraint.getOperator()).isEqualTo(OperatorType.BETWEEN);
                assertThat(List.of(constraint.getFormula1(), constraint.getFormula2())).as(where)
                        .containsExactly(Integer.toString(column.min()), Integer.toString(column.max()));
                assertStops(rule, where, "Целое число от " + column.min() + " до " + column.max(),
                        "Бүтін сан: кемінде " + column.min() + ", ең көбі " + column.max());
            }
            case DATE -> {
                assertThat(constraint.getValidationType()).as(where).isEqualTo(ValidationType.DATE);
                assertThat(List.of(constraint.getFormula1(), constraint.getFormula2())).as(where)
                        .containsExactly("DATE(2000,1,1)", "DATE(2100,12,31)");
                assertStops(rule, where, "Дата с 01.01.2000 по 31.12.2100", "Күн: 01.01.2000 – 31.12.2100");
            }
            case ID, SERVICE_CODE -> {
                String max = column.type() == ColumnType.ID ? "20" : "32";
                assertThat(constraint.getValidationType()).as(where).isEqualTo(ValidationType.TEXT_LENGTH);
                assertThat(constraint.getFormula2()).as(where).isEqualTo(max);
                assertStops(rule, where, "не длиннее " + max + " знаков", max + " таңбадан аспайды");
            }
            case ENUM_LIST -> {
                assertThat(rule.getShowErrorBox()).as(where).isFalse();
                assertThat(rule.getShowPromptBox()).as(where).isTrue();
                assertThat(rule.getPromptBoxTitle()).isEqualTo("Несколько кодов / Бірнеше код");
                assertThat(rule.getPromptBoxText()).as(where).contains("через запятую", "үтір арқылы")
                        .contains(column.allowedValues());
            }
            default -> throw new AssertionError(where);
        }
    }

    private static void assertStops(XSSFDataValidation rule, String where, String russian, String kazakh) {
        assertThat(rule.getErrorStyle()).as(where).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(rule.getShowErrorBox()).as(where).isTrue();
        assertThat(rule.getEmptyCellAllowed()).as(where).isTrue();
        assertThat(rule.getErrorBoxTitle()).as(where).isEqualTo("Ошибка / Қате");
        assertThat(rule.getErrorBoxText()).as(where).contains(russian, kazakh);
    }

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void everyValidationOfEveryTemplateShouldFitWithinWhatExcelOpens(TableKind kind) throws IOException {
        try (XSSFWorkbook workbook = open(new TableTemplates().emptyTemplate(kind, "kk"))) {
            for (SheetSchema schema : kind.sheets()) {
                for (XSSFDataValidation rule : workbook.getSheet(schema.name()).getDataValidations()) {
                    for (String title : new String[] {rule.getErrorBoxTitle(), rule.getPromptBoxTitle()}) {
                        assertThat(title == null ? "" : title).hasSizeLessThanOrEqualTo(32);
                    }
                    for (String text : new String[] {rule.getErrorBoxText(), rule.getPromptBoxText()}) {
                        assertThat(text == null ? "" : text).hasSizeLessThanOrEqualTo(255);
                    }
                    String[] list = rule.getValidationConstraint().getExplicitListValues();
                    if (list != null) {
                        assertThat(String.join(",", list)).hasSizeLessThanOrEqualTo(255);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TableKind.class)
    void everySheetShouldPrintLandscapeOnePageWideWithItsHeadingsOnEveryPageAndTheVersionInTheFooter(TableKind kind)
            throws IOException {
        byte[] printable = printableShipped(kind, "ru");
        // left in target/printout/ to be printed or opened by a person (e.g. soffice --convert-to pdf)
        Files.createDirectories(Path.of("target/printout"));
        Files.write(Path.of("target/printout", kind.fileName()), printable);
        try (XSSFWorkbook workbook = open(printable)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(kind.sheets().size() + 1);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                String where = sheet.getSheetName();
                PrintSetup setup = sheet.getPrintSetup();
                assertThat(setup.getLandscape()).as(where).isTrue();
                assertThat(setup.getPaperSize()).as(where).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).as(where).isTrue();
                assertThat(setup.getFitWidth()).as(where).isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).as(where).isEqualTo((short) 0);
                assertThat(sheet.getOddFooter().getLeft()).as(where).contains(kind.fileName());
                assertThat(sheet.getOddFooter().getCenter()).as(where).contains("Версия " + VERSION);
                assertThat(sheet.getOddFooter().getRight()).as(where).contains("Стр. &P из &N");
                boolean table = kind.sheetNames().contains(where);
                assertThat(sheet.getRepeatingRows()).as(where)
                        .isEqualTo(table ? new CellRangeAddress(0, 2, -1, -1) : null);
            }
        }
    }

    @Test
    void aKazakhCopyShouldNumberItsPagesInKazakh() throws IOException {
        try (XSSFWorkbook workbook = open(printableShipped(TableKind.ROUTING, "kk"))) {
            XSSFSheet sheet = workbook.getSheet("Routing");
            assertThat(sheet.getOddFooter().getRight()).contains("&N беттің &P-беті");
            assertThat(sheet.getOddFooter().getCenter()).contains("Нұсқа " + VERSION);
        }
    }

    /**
     * Nothing clipped: every heading and every non-blank text or code wraps within its column, and its row is at
     * least as tall as the text needs even at the narrowest letters (1.6 of them to a width unit).
     */
    @ParameterizedTest
    @EnumSource(TableKind.class)
    void headingsAndLongCellsShouldWrapInRowsTallEnoughForThem(TableKind kind) throws IOException {
        try (XSSFWorkbook workbook = open(printableShipped(kind, "ru"))) {
            for (SheetSchema schema : kind.sheets()) {
                XSSFSheet sheet = workbook.getSheet(schema.name());
                Map<Integer, Column> columns = columns(sheet, schema);
                for (int r = SheetSchema.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    for (int c : columns.keySet()) {
                        XSSFCell cell = row == null ? null : row.getCell(c);
                        if (cell == null || cell.getCellType() != CellType.STRING
                                || cell.getStringCellValue().isBlank()) {
                            continue;
                        }
                        String where = schema.name() + "!" + cell.getReference();
                        double width = sheet.getColumnWidth(c) / 256.0;
                        assertThat(cell.getCellStyle().getWrapText()).as(where).isTrue();
                        int lines = (int) Math.ceil(cell.getStringCellValue().length() / (1.6 * width));
                        assertThat(row.getHeightInPoints()).as(where).isGreaterThanOrEqualTo(lines * 11f);
                    }
                }
            }
        }
    }

    @Test
    void aTableDressedTwiceShouldKeepOneRulePerColumn() throws IOException {
        byte[] once = printableShipped(TableKind.TIME_LIMITS, "ru");
        byte[] twice = WorkbookDressing.dress(TableKind.TIME_LIMITS, once, new PrintLabel("time-limits.drl.xlsx", "next", "kk"));

        try (XSSFWorkbook first = open(once); XSSFWorkbook second = open(twice)) {
            assertThat(second.getSheet("TimeLimits").getDataValidations())
                    .hasSameSizeAs(first.getSheet("TimeLimits").getDataValidations());
            assertThat(second.getSheet("TimeLimits").getOddFooter().getCenter()).contains("Нұсқа next")
                    .doesNotContain(VERSION);
        }
    }

    @Test
    void aTableWithItsColumnsInAnotherOrderShouldGetEachRuleOnItsOwnColumn() throws IOException {
        byte[] reordered;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("CourtExceptions");
            XSSFRow header = sheet.createRow(SheetSchema.HEADER_ROW);
            header.createCell(0).setCellValue("Статус (status)");
            header.createCell(1).setCellValue("Примечание (notes)");
            header.createCell(2).setCellValue("Код (serviceCode)");
            reordered = WorkbookDressing.bytes(workbook);
        }

        try (XSSFWorkbook dressed = open(WorkbookDressing.dress(TableKind.COURT_EXCEPTIONS, reordered,
                PrintLabel.unversioned("court-exceptions.drl.xlsx")))) {
            XSSFSheet sheet = dressed.getSheet("CourtExceptions");
            assertThat(validationsOf(sheet, 0)).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getExplicitListValues()).contains(RuleStatus.LAW.name()));
            assertThat(validationsOf(sheet, 1)).isEmpty();
            assertThat(validationsOf(sheet, 2)).singleElement().satisfies(v -> assertThat(
                    v.getValidationConstraint().getFormula2()).isEqualTo("32"));
            assertThat(sheet.getOddFooter().getCenter()).isEqualTo("&8 ");
        }
    }
}
