package kz.shagym.ruleset.tables;

/** What a data cell of a column may hold. Each type has one strict reader in {@link CellReader}. */
public enum ColumnType {
    /** A row id: letters, digits, {@code _ . -}, at most 20 characters, unique in the sheet. */
    ID,
    /** One value of the column's enum, written as its code (e.g. SERVICE_PROVIDER). */
    ENUM,
    /** Several enum codes separated by commas. */
    ENUM_LIST,
    /** Да/Нет, Иә/Жоқ, Yes/No, or an Excel TRUE/FALSE. */
    BOOLEAN,
    /** A whole number within the column's range. */
    INTEGER,
    /** A real Excel date, or text as 2025-03-21 or 21.03.2025. */
    DATE,
    /** Free text; never reaches rule code. */
    TEXT,
    /** A public-service code: letters, digits, {@code _ . -}, at most 32 characters. */
    SERVICE_CODE
}
