package kz.shagym.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.shagym.decision.ComplaintFactsReader;
import kz.shagym.decision.FactDates;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.problem.InvalidField;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The complaint facts as the "try a decision" form sends them. The form only binds its fields: they go
 * to the API's reader as the same JSON, and its findings come back as the page's words under each field.
 */
class FactsForm {

    /** How the page writes a day, in its messages and in its date fields alike. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    // Dates are text fields written dd.mm.yyyy in every language: a browser's own date field shows its
    // system's format (mm/dd/yyyy on an English one). ISO is still taken, as links and the API write it.
    private String complaintId;
    private String serviceCode;
    private Respondent respondent;
    private Subject subject;
    private Body receivedBy;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate receivedOn;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate registeredOn;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate favorableActAdoptedOn;
    private boolean favorableActFullySatisfies;
    private boolean preTrialAppealCompleted;
    @DateTimeFormat(pattern = "dd.MM.yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate asOf;
    private String version;

    /**
     * Reads the facts as the API does and adds a field error for each fact it cannot take; a field the
     * binding already refused keeps that one error.
     *
     * @return the facts, or null when any field has an error
     */
    ComplaintFacts check(Errors errors, ComplaintFactsReader reader) {
        ComplaintFactsReader.Reading reading = reader.read(body());
        for (InvalidField error : reading.errors()) {
            String field = formField(error.field());
            if (!errors.hasFieldErrors(field)) {
                reject(errors, field, error, reader.dates());
            }
        }
        return errors.hasErrors() ? null : reading.facts();
    }

    /** The form's fields as the API's request body: blank texts and unticked acts left out. */
    private ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        putText(body, "complaintId", complaintId);
        putText(body, "serviceCode", serviceCode);
        putText(body, "respondent", respondent == null ? null : respondent.name());
        putText(body, "subject", subject == null ? null : subject.name());
        putText(body, "receivedBy", receivedBy == null ? null : receivedBy.name());
        putDate(body, "receivedOn", receivedOn);
        putDate(body, "registeredOn", registeredOn);
        if (favorableActAdoptedOn != null || favorableActFullySatisfies) {
            ObjectNode act = body.putObject("favorableAct");
            putDate(act, "adoptedOn", favorableActAdoptedOn);
            act.put("fullySatisfies", favorableActFullySatisfies);
        }
        body.put("preTrialAppealCompleted", preTrialAppealCompleted);
        putDate(body, "asOf", asOf);
        return body;
    }

    private static void reject(Errors errors, String field, InvalidField error, FactDates dates) {
        switch (error.code()) {
            case REQUIRED -> errors.rejectValue(field,
                    field.equals("favorableActAdoptedOn") ? "try.error.act-date" : "try.error.required");
            case OUT_OF_RANGE, INVALID_DATE, IMPOSSIBLE_DATE -> errors.rejectValue(field, "try.error.date-window",
                    new Object[] {DAY.format(dates.earliest()), DAY.format(dates.latest())}, null);
            case DATE_ORDER -> errors.rejectValue(field, switch (field) {
                case "favorableActAdoptedOn" -> "try.error.act-before-received";
                case "asOf" -> "try.error.as-of-before-received";
                default -> "try.error.registered-before-received";
            });
            default -> {
                if (field.equals("serviceCode")) {
                    errors.rejectValue(field, "try.error.service-code");
                } else if (error.code() == InvalidField.Code.TOO_LONG) {
                    errors.rejectValue(field, "try.error.too-long", new Object[] {64}, null);
                } else if (error.code() == InvalidField.Code.INVALID_CHARACTERS) {
                    errors.rejectValue(field, "try.error.characters");
                } else {
                    // The form binds typed values only; anything else is a new check without the page's words.
                    throw new IllegalStateException("the form has no words for " + error.code() + " on " + field);
                }
            }
        }
    }

    /** The API's dotted path as the form's field name. */
    private static String formField(String path) {
        return switch (path) {
            case "favorableAct.adoptedOn" -> "favorableActAdoptedOn";
            case "favorableAct.fullySatisfies" -> "favorableActFullySatisfies";
            default -> path;
        };
    }

    private static void putText(ObjectNode body, String name, String value) {
        String text = blankToNull(value);
        if (text != null) {
            body.put(name, text);
        }
    }

    private static void putDate(ObjectNode body, String name, LocalDate value) {
        if (value != null) {
            body.put(name, value.toString());
        }
    }

    String versionOrNull() {
        return blankToNull(version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getComplaintId() { return complaintId; }
    public void setComplaintId(String complaintId) { this.complaintId = complaintId; }
    public String getServiceCode() { return serviceCode; }
    public void setServiceCode(String serviceCode) { this.serviceCode = serviceCode; }
    public Respondent getRespondent() { return respondent; }
    public void setRespondent(Respondent respondent) { this.respondent = respondent; }
    public Subject getSubject() { return subject; }
    public void setSubject(Subject subject) { this.subject = subject; }
    public Body getReceivedBy() { return receivedBy; }
    public void setReceivedBy(Body receivedBy) { this.receivedBy = receivedBy; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public LocalDate getFavorableActAdoptedOn() { return favorableActAdoptedOn; }
    public void setFavorableActAdoptedOn(LocalDate favorableActAdoptedOn) { this.favorableActAdoptedOn = favorableActAdoptedOn; }
    public boolean isFavorableActFullySatisfies() { return favorableActFullySatisfies; }
    public void setFavorableActFullySatisfies(boolean favorableActFullySatisfies) { this.favorableActFullySatisfies = favorableActFullySatisfies; }
    public boolean isPreTrialAppealCompleted() { return preTrialAppealCompleted; }
    public void setPreTrialAppealCompleted(boolean preTrialAppealCompleted) { this.preTrialAppealCompleted = preTrialAppealCompleted; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
