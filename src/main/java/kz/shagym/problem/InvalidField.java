package kz.shagym.problem;

/**
 * One bad field of a request, as listed in the {@code errors} member of a {@code SHG-REQ-400} problem.
 *
 * @param field where: a dotted path into the body ({@code favorableAct.adoptedOn}), a query parameter's
 *     name, or the empty string for the body as a whole
 * @param code what is wrong, stable for machines
 * @param message what is wrong, in words for the developer of the calling system
 */
public record InvalidField(String field, Code code, String message) {

    /** Stable reasons; add new ones, never rename. */
    public enum Code {
        /** The body is not JSON, or has content after the JSON value. */
        MALFORMED_JSON,
        /** There is no body at all. */
        EMPTY_BODY,
        /** The body (or a member that must be one) is JSON but not an object. */
        NOT_AN_OBJECT,
        UNKNOWN_FIELD,
        DUPLICATE_FIELD,
        /** Missing or null. */
        REQUIRED,
        /** A JSON type other than the one expected (a number for a string, a string for a boolean, ...). */
        WRONG_TYPE,
        /** A number (or a numeric string) where the name of an enum value is expected. */
        ENUM_ORDINAL,
        /** A string that names no allowed value; the message lists the allowed ones. */
        UNKNOWN_VALUE,
        /** Not an ISO date {@code YYYY-MM-DD}. */
        INVALID_DATE,
        /** ISO in form, but no such day ({@code 2025-02-30}). */
        IMPOSSIBLE_DATE,
        /** Two dates in the wrong order ({@code registeredOn}, {@code favorableAct.adoptedOn} or {@code asOf} before {@code receivedOn}). */
        DATE_ORDER,
        TOO_LONG,
        EMPTY,
        INVALID_CHARACTERS,
        /** A number or a date outside the range the service supports (dates: 2000-01-01 to 2100-12-31 by default). */
        OUT_OF_RANGE
    }
}
