package kz.shagym.ruleset.tables;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads one cell strictly by its column's type. This is the only gate between a lawyer's cell and
 * the rules: a value that passes is a well-formed enum code, number, date, id or plain text.
 */
public final class CellReader {

    static final int MAX_TEXT = 2_000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,20}");
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final Pattern ENUM_CODE = Pattern.compile("[A-Za-z_]+");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What a cell yielded: a typed value (null for blank), its display text, or a problem. */
    public record Result(Object value, String display, ProblemKind problem, Object[] args) {

        static Result blank() {
            return new Result(null, null, null, null);
        }

        static Result of(Object value, String display) {
            return new Result(value, display, null, null);
        }

        static Result fail(String display, ProblemKind problem, Object... args) {
            return new Result(null, display, problem, args);
        }

        boolean failed() {
            return problem != null;
        }
    }

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public Result read(Cell cell, Column column) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return Result.blank();
        }
        String display = formatter.formatCellValue(cell);
        if (cell.getCellType() == CellType.FORMULA) {
            return Result.fail(display, ProblemKind.FORMULA, "=" + cell.getCellFormula());
        }
        if (cell.getCellType() == CellType.ERROR) {
            return Result.fail(display, ProblemKind.CELL_ERROR, FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
        if (cell.getCellType() == CellType.STRING && cell.getRichStringCellValue() instanceof XSSFRichTextString rich
                && rich.numFormattingRuns() > 1) {
            return Result.fail(display, ProblemKind.RICH_TEXT);
        }
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank()) {
            return Result.blank();
        }
        return switch (column.type()) {
            case ID -> readId(cell, display);
            case ENUM -> readEnum(text(cell, display), column);
            case ENUM_LIST -> readEnumList(text(cell, display), column);
            case BOOLEAN -> readBoolean(cell, display);
            case INTEGER -> readInteger(cell, display, column);
            case DATE -> readDate(cell, display);
            case TEXT -> readText(cell, display);
            case SERVICE_CODE -> readPattern(text(cell, display), SERVICE_CODE, ProblemKind.SERVICE_CODE_INVALID);
        };
    }

    private static String text(Cell cell, String display) {
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : display.strip();
    }

    private Result readId(Cell cell, String display) {
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && d >= 0 && d < 1e15) {
                String id = Long.toString((long) d);
                return Result.of(id, id);
            }
        }
        return readPattern(text(cell, display), ID, ProblemKind.ID_INVALID);
    }

    private static Result readPattern(String value, Pattern pattern, ProblemKind problem) {
        if (!pattern.matcher(value).matches()) {
            return Result.fail(value, problem, value);
        }
        return Result.of(value, value);
    }

    private static Result readEnum(String value, Column column) {
        String allowed = String.join(", ", column.allowedValues());
        if (!ENUM_CODE.matcher(value).matches()) {
            return Result.fail(value, ProblemKind.QUOTES, value, allowed);
        }
        for (Enum<?> constant : column.enumType().getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return Result.of(constant, constant.name());
            }
        }
        return Result.fail(value, ProblemKind.ENUM_UNKNOWN, value, allowed);
    }

    private static Result readEnumList(String value, Column column) {
        List<Enum<?>> list = new ArrayList<>();
        for (String part : value.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Result one = readEnum(part.strip(), column);
            if (one.failed()) {
                // the problem names the bad part; what the cell shows (in a diff, say) is all of it
                return Result.fail(value, one.problem(), one.args());
            }
            if (!list.contains((Enum<?>) one.value())) {
                list.add((Enum<?>) one.value());
            }
        }
        if (list.isEmpty()) {
            return Result.blank();
        }
        return Result.of(List.copyOf(list), String.join(", ", list.stream().map(Enum::name).toList()));
    }

    private static Result readBoolean(Cell cell, String display) {
        if (cell.getCellType() == CellType.BOOLEAN) {
            boolean b = cell.getBooleanCellValue();
            return Result.of(b, b ? "Да" : "Нет");
        }
        String value = text(cell, display).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "да", "иә", "ия", "yes", "true" -> Result.of(true, "Да");
            case "нет", "жоқ", "жок", "no", "false" -> Result.of(false, "Нет");
            default -> Result.fail(display, ProblemKind.BOOLEAN_INVALID, display);
        };
    }

    private static Result readInteger(Cell cell, String display, Column column) {
        long value;
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                return Result.fail(display, ProblemKind.INTEGER_INVALID, display);
            }
            value = (long) d;
        } else {
            String text = text(cell, display);
            if (!text.matches("-?\\d{1,9}")) {
                return Result.fail(display, ProblemKind.INTEGER_INVALID, text);
            }
            value = Long.parseLong(text);
        }
        if (value < column.min() || value > column.max()) {
            return Result.fail(display, ProblemKind.INTEGER_RANGE, value, column.min(), column.max());
        }
        return Result.of((int) value, Long.toString(value));
    }

    private static Result readDate(Cell cell, String display) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (!DateUtil.isCellDateFormatted(cell)) {
                return Result.fail(display, ProblemKind.DATE_INVALID, display);
            }
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return Result.of(date, date.toString());
        }
        String text = text(cell, display);
        for (DateTimeFormatter f : List.of(ISO, DOTTED)) {
            try {
                LocalDate date = LocalDate.parse(text, f);
                return Result.of(date, date.toString());
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        return Result.fail(text, ProblemKind.DATE_INVALID, text);
    }

    private static Result readText(Cell cell, String display) {
        String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : display.strip();
        if (text.length() > MAX_TEXT) {
            return Result.fail(text.substring(0, 40) + "…", ProblemKind.TEXT_TOO_LONG, MAX_TEXT);
        }
        return Result.of(text, text);
    }
}
