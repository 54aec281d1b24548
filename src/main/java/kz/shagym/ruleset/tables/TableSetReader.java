package kz.shagym.ruleset.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.SheetData;
import kz.shagym.ruleset.TableProblem;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and checks every table file of a rule set, collecting all problems of all files at once. */
public final class TableSetReader {

    private static final Logger log = LoggerFactory.getLogger(TableSetReader.class);

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final SheetReader sheets = new SheetReader();

    public TableSet read(RuleSetSource source, List<TableProblem> problems) {
        checkFileNames(source, problems);
        Map<TableKind, List<SheetReader.SheetContent>> contents = new EnumMap<>(TableKind.class);
        List<SheetData> data = new ArrayList<>();
        for (TableKind kind : TableKind.values()) {
            byte[] bytes = source.files().get(kind.path());
            if (bytes == null) {
                continue;
            }
            List<SheetReader.SheetContent> read = readWorkbook(kind, bytes, problems);
            if (read != null) {
                contents.put(kind, read);
                read.forEach(c -> data.add(sheetData(kind.fileName(), c)));
            }
        }
        List<RoutingTable.Row> routing = null;
        if (contents.containsKey(TableKind.ROUTING)) {
            routing = RoutingTable.read(contents.get(TableKind.ROUTING).get(0), TableKind.ROUTING.fileName(), problems);
        }
        List<TimeLimitTable.Row> limits = null;
        if (contents.containsKey(TableKind.TIME_LIMITS)) {
            limits = TimeLimitTable.read(contents.get(TableKind.TIME_LIMITS).get(0), TableKind.TIME_LIMITS.fileName(), problems);
        }
        List<CourtExceptionTable.Row> court = null;
        if (contents.containsKey(TableKind.COURT_EXCEPTIONS)) {
            court = CourtExceptionTable.read(contents.get(TableKind.COURT_EXCEPTIONS).get(0),
                    TableKind.COURT_EXCEPTIONS.fileName(), problems);
        }
        var calendar = contents.containsKey(TableKind.CALENDAR)
                ? CalendarTable.read(contents.get(TableKind.CALENDAR).get(0), contents.get(TableKind.CALENDAR).get(1),
                        TableKind.CALENDAR.fileName(), problems)
                : null;
        List<ParsedRow> scenarios = contents.containsKey(TableKind.SCENARIOS)
                ? ScenarioTable.read(contents.get(TableKind.SCENARIOS).get(0), TableKind.SCENARIOS.fileName(), problems)
                : null;
        var lawInForceBy = contents.containsKey(TableKind.CALENDAR)
                ? CalendarTable.lawInForceBy(contents.get(TableKind.CALENDAR).get(1), TableKind.CALENDAR.fileName(), problems)
                : null;
        return new TableSet(routing, limits, court, calendar, scenarios, data, lawInForceBy);
    }

    private static void checkFileNames(RuleSetSource source, List<TableProblem> problems) {
        List<String> expected = Arrays.stream(TableKind.values()).map(TableKind::fileName).toList();
        for (String path : source.files().keySet()) {
            if (path.startsWith(RuleSetSource.TABLES_DIR)) {
                String name = path.substring(RuleSetSource.TABLES_DIR.length());
                if (TableKind.byFileName(name).isPresent()) {
                    continue;
                }
                String asRuleTable = name.replaceFirst("(?i)\\.xlsx?$", ".drl.xlsx");
                if (!asRuleTable.equals(name) && TableKind.byFileName(asRuleTable).isPresent()) {
                    problems.add(ProblemKind.PLAIN_XLSX_NAME.at(name, null, null, name, asRuleTable));
                } else {
                    problems.add(ProblemKind.UNKNOWN_FILE.at(name, null, null, name, String.join(", ", expected)));
                }
            }
        }
        for (TableKind kind : TableKind.values()) {
            if (!source.files().containsKey(kind.path())) {
                boolean misnamed = problems.stream().anyMatch(p -> p.messageEn().contains("'" + kind.fileName() + "'"));
                if (!misnamed) {
                    problems.add(ProblemKind.MISSING_FILE.at(kind.fileName(), null, null, kind.fileName()));
                }
            }
        }
    }

    private List<SheetReader.SheetContent> readWorkbook(TableKind kind, byte[] bytes, List<TableProblem> problems) {
        String file = kind.fileName();
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(ProblemKind.FILE_TOO_LARGE.at(file, null, null, MAX_FILE_BYTES / (1024 * 1024)));
            return null;
        }
        List<String> tooLong = SheetRowLimit.sheetsOver(bytes, SheetRowLimit.MAX_SHEET_ROWS);
        if (!tooLong.isEmpty()) {
            tooLong.forEach(sheet -> problems.add(ProblemKind.TOO_MANY_ROWS.at(file, sheet, null, SheetReader.MAX_ROWS)));
            return null;
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (!(workbook instanceof XSSFWorkbook)) {
                problems.add(ProblemKind.FILE_OLD_FORMAT.at(file, null, null));
                return null;
            }
            List<SheetReader.SheetContent> read = new ArrayList<>();
            for (SheetSchema schema : kind.sheets()) {
                SheetReader.SheetContent content = sheets.read(workbook, file, schema, problems);
                if (content == null) {
                    return null;
                }
                read.add(checkUniqueIds(content, file, problems));
            }
            return read;
        } catch (EncryptedDocumentException e) {
            problems.add(ProblemKind.FILE_PROTECTED.at(file, null, null));
            return null;
        } catch (IOException | RuntimeException e) {
            // The library's own text ("please open an issue on bugzilla", its class names) is for
            // engineers: the log has it, the lawyer gets a fixed message.
            log.debug("{} is not readable as a workbook", file, e);
            problems.add(ProblemKind.FILE_UNREADABLE.at(file, null, null));
            return null;
        }
    }

    /** The content without rows whose id repeats an earlier row's; those rows are reported. */
    private static SheetReader.SheetContent checkUniqueIds(SheetReader.SheetContent content, String file,
            List<TableProblem> problems) {
        if (content.schema().column("id").isEmpty()) {
            return content;
        }
        Map<String, ParsedRow> seen = new HashMap<>();
        List<ParsedRow> unique = new ArrayList<>();
        for (ParsedRow row : content.rows()) {
            ParsedRow first = seen.putIfAbsent(row.get("id"), row);
            if (first != null) {
                problems.add(ProblemKind.ID_DUPLICATE.at(file, content.schema().name(), row.cell("id"), row.get("id"), first.cell("id")));
            } else {
                unique.add(row);
            }
        }
        if (unique.size() < content.rows().size()) {
            return new SheetReader.SheetContent(content.schema(), unique, content.lastRow(), false);
        }
        return content;
    }

    private static SheetData sheetData(String file, SheetReader.SheetContent content) {
        SheetSchema schema = content.schema();
        List<String> keys = schema.columns().stream().map(Column::key).toList();
        List<String> headers = schema.columns().stream().map(Column::header).toList();
        String keyColumn = schema.keyColumn();
        List<SheetData.RowData> rows = new ArrayList<>();
        for (ParsedRow row : content.rows()) {
            rows.add(new SheetData.RowData(row.row(), row.display().getOrDefault(keyColumn, "#" + row.row()),
                    new LinkedHashMap<>(row.display())));
        }
        return new SheetData(file, schema.name(), keys, headers, rows);
    }
}
