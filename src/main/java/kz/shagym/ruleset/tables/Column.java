package kz.shagym.ruleset.tables;

import java.util.Arrays;
import java.util.List;

/**
 * One column of a table as lawyers see it: the header reads {@code "titleRu (key)"}; the key in
 * brackets is what the service matches, so the Russian wording may be improved freely.
 */
public record Column(String key, String titleRu, String titleKk, String noteRu, ColumnType type,
        Class<? extends Enum<?>> enumType, boolean required, int min, int max, boolean headerOptional) {

    Column(String key, String titleRu, String titleKk, String noteRu, ColumnType type,
            Class<? extends Enum<?>> enumType, boolean required, int min, int max) {
        this(key, titleRu, titleKk, noteRu, type, enumType, required, min, max, false);
    }

    /**
     * The same column, which a table saved before the column existed may lack: its cells then read
     * as blank. Only for optional columns added later, so that older tables keep working.
     */
    Column headerMayBeAbsent() {
        return new Column(key, titleRu, titleKk, noteRu, type, enumType, false, min, max, true);
    }

    /** The first and last day a rule-table row is in force (inclusive; blank = open); tables saved before may lack them. */
    static Column validFrom() {
        return of("validFrom", "Действует с", "Күшіне енеді", "Первый день действия строки (включительно); пусто — действует и раньше. "
                + "Какая дата жалобы выбирает строку — параметр LAW_IN_FORCE_BY календаря", ColumnType.DATE, false).headerMayBeAbsent();
    }

    static Column validTo() {
        return of("validTo", "Действует по", "Күшінде болатын соңғы күні", "Последний день действия строки (включительно); "
                + "пусто — без срока", ColumnType.DATE, false).headerMayBeAbsent();
    }

    static Column of(String key, String titleRu, String titleKk, String noteRu, ColumnType type, boolean required) {
        return new Column(key, titleRu, titleKk, noteRu, type, null, required, 0, 0);
    }

    static Column ofEnum(String key, String titleRu, String titleKk, String noteRu,
            Class<? extends Enum<?>> enumType, boolean required) {
        return new Column(key, titleRu, titleKk, noteRu, ColumnType.ENUM, enumType, required, 0, 0);
    }

    static Column ofEnumList(String key, String titleRu, String titleKk, String noteRu,
            Class<? extends Enum<?>> enumType, boolean required) {
        return new Column(key, titleRu, titleKk, noteRu, ColumnType.ENUM_LIST, enumType, required, 0, 0);
    }

    static Column ofInt(String key, String titleRu, String titleKk, String noteRu, int min, int max, boolean required) {
        return new Column(key, titleRu, titleKk, noteRu, ColumnType.INTEGER, null, required, min, max);
    }

    public String header() {
        return titleRu + " (" + key + ")";
    }

    public List<String> allowedValues() {
        if (enumType == null) {
            return List.of();
        }
        return Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList();
    }
}
