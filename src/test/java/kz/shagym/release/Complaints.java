package kz.shagym.release;

/**
 * Complaints whose review deadline shows which period decided them. Both arrived on Wednesday
 * 19 March 2025, before the Nauryz days off (21–25 March).
 */
final class Complaints {

    /** Against a State Corporation employee, sent to the informatization body: row T06 sets the period. */
    static final String TO_INFORMATIZATION_BODY = """
            {"complaintId": "%s", "respondent": "STATE_CORPORATION_EMPLOYEE", "subject": "ACTION",
             "receivedBy": "INFORMATIZATION_BODY", "receivedOn": "2025-03-19"}""";

    /** Against a service provider, sent to it: row T01 sets the period. */
    static final String TO_SERVICE_PROVIDER = """
            {"complaintId": "%s", "respondent": "SERVICE_PROVIDER", "subject": "DECISION",
             "receivedBy": "SERVICE_PROVIDER", "receivedOn": "2025-03-19"}""";

    /** Five working days from 19 March 2025 (the shipped T06 and T01). */
    static final String FIVE_DAYS_DEADLINE = "2025-03-31";
    /** Seven working days from 19 March 2025. */
    static final String SEVEN_DAYS_DEADLINE = "2025-04-02";

    private Complaints() {
    }

    static String toInformatizationBody(String complaintId) {
        return TO_INFORMATIZATION_BODY.formatted(complaintId);
    }

    static String toServiceProvider(String complaintId) {
        return TO_SERVICE_PROVIDER.formatted(complaintId);
    }
}
