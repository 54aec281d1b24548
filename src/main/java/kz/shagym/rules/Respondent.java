package kz.shagym.rules;

/** Whose decision, action or inaction the complaint appeals. */
public enum Respondent {
    SERVICE_PROVIDER,
    OFFICIAL,
    STATE_CORPORATION_EMPLOYEE
}
