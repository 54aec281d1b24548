package kz.shagym.printout;

import java.util.List;
import java.util.Map;
import kz.shagym.problem.Messages;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What Excel refuses before the service ever sees it, built from each column's schema: a coded column offers
 * its codes in a list, a number, date, row id or service code is held to its range, and a wrong value is
 * stopped with a message in Russian and Kazakh (one file goes to lawyers of either language). A column of
 * several codes cannot be an Excel list, so it prompts with the codes and how to separate them.
 *
 * <p>This only helps the person typing: the service still checks every cell itself, and a value pasted over
 * a cell passes Excel's checks unseen.
 */
final class CellRules {

    /** Excel's limits on what a validation may carry; longer texts make Excel refuse to open the file. */
    static final int MAX_TITLE = 32;
    static final int MAX_TEXT = 255;
    private static final int MAX_LIST = 255;
    /** The rules reach down to Excel's last row, so rows a lawyer adds later are held to them too. */
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int ID_LENGTH = 20;
    private static final int SERVICE_CODE_LENGTH = 32;
    /** The words the table reader takes for yes and no, in both languages of the tables. */
    static final List<String> YES_NO = List.of("Да", "Нет", "Иә", "Жоқ");
    /** The dates a table may reasonably hold; a typo such as 2205 is refused. */
    static final String FIRST_DATE = "DATE(2000,1,1)";
    static final String LAST_DATE = "DATE(2100,12,31)";

    private CellRules() {
    }

    /** Replaces whatever validations the sheet had with the schema's, one per column. */
    static void apply(XSSFSheet sheet, Map<Integer, Column> columns) {
        if (sheet.getCTWorksheet().isSetDataValidations()) {
            sheet.getCTWorksheet().unsetDataValidations();
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        columns.forEach((index, column) -> {
            CellRangeAddressList range = new CellRangeAddressList(SheetSchema.FIRST_DATA_ROW, LAST_ROW, index, index);
            DataValidation validation = validation(helper, column, range);
            if (validation != null) {
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
            }
        });
    }

    private static DataValidation validation(DataValidationHelper helper, Column column, CellRangeAddressList range) {
        return switch (column.type()) {
            case ENUM -> String.join(",", column.allowedValues()).length() <= MAX_LIST
                    ? refusing(helper, helper.createExplicitListConstraint(column.allowedValues().toArray(String[]::new)),
                            range, both("printout.refused.list"))
                    : prompting(helper, range, column.allowedValues());
            case BOOLEAN -> refusing(helper, helper.createExplicitListConstraint(YES_NO.toArray(String[]::new)), range,
                    both("printout.refused.list"));
            case INTEGER -> refusing(helper, helper.createIntegerConstraint(OperatorType.BETWEEN,
                    Integer.toString(column.min()), Integer.toString(column.max())), range,
                    both("printout.refused.integer", column.min(), column.max()));
            case DATE -> refusing(helper, helper.createDateConstraint(OperatorType.BETWEEN, FIRST_DATE, LAST_DATE, null),
                    range, both("printout.refused.date"));
            case ID -> refusing(helper, length(helper, ID_LENGTH), range, both("printout.refused.code", ID_LENGTH));
            case SERVICE_CODE -> refusing(helper, length(helper, SERVICE_CODE_LENGTH), range,
                    both("printout.refused.code", SERVICE_CODE_LENGTH));
            case ENUM_LIST -> prompting(helper, range, column.allowedValues());
            case TEXT -> null;
        };
    }

    private static DataValidationConstraint length(DataValidationHelper helper, int max) {
        return helper.createTextLengthConstraint(OperatorType.BETWEEN, "1", Integer.toString(max));
    }

    private static DataValidation refusing(DataValidationHelper helper, DataValidationConstraint constraint,
            CellRangeAddressList range, String text) {
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title("printout.refused.title"), fit(text));
        return validation;
    }

    /** Any value passes Excel; the prompt names the codes, and the service refuses the others. */
    private static DataValidation prompting(DataValidationHelper helper, CellRangeAddressList range, List<String> codes) {
        // POI's helper makes no "any value" constraint for .xlsx; the constraint itself does
        DataValidation validation = helper.createValidation(
                new XSSFDataValidationConstraint(ValidationType.ANY, OperatorType.IGNORED, null, null), range);
        validation.setShowErrorBox(false);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title("printout.prompt.title"),
                fit(both("printout.prompt.several") + "\n" + String.join(", ", codes)));
        return validation;
    }

    /** The Russian text, then the Kazakh one below it. */
    private static String both(String key, Object... args) {
        return Messages.text("ru", key, args) + "\n" + Messages.text("kk", key, args);
    }

    /** A box title: both languages on its one line. */
    private static String title(String key) {
        return Messages.text("ru", key) + " / " + Messages.text("kk", key);
    }

    private static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
