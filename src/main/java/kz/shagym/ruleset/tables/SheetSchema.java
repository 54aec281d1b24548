package kz.shagym.ruleset.tables;

import java.util.List;
import java.util.Optional;

/**
 * The layout of one sheet: row 1 a title, row 2 a hint for the reader, row 3 the column headers,
 * data from row 4 on. Lawyers may add rows and reword titles; the keys in brackets must stay.
 */
public record SheetSchema(String name, String titleRu, String hintRu, List<Column> columns) {

    public static final int TITLE_ROW = 0;
    public static final int HINT_ROW = 1;
    public static final int HEADER_ROW = 2;
    public static final int FIRST_DATA_ROW = 3;

    /** The column rows are told apart by between versions: the row id, else the first (the date, the parameter name). */
    public String keyColumn() {
        return column("id").isPresent() ? "id" : columns.get(0).key();
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
