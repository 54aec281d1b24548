package kz.shagym.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.shagym.decision.FactDates;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The complaint facts as the "try a decision" form sends them; the same checks as the API's reader. */
class FactsForm {

    private static final String CODE = "[A-Za-z0-9_.-]{1,32}";
    /** How the page writes a day (its date fields show the browser's own format). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private String complaintId;
    private String serviceCode;
    private Respondent respondent;
    private Subject subject;
    private Body receivedBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate favorableActAdoptedOn;
    private boolean favorableActFullySatisfies;
    private boolean preTrialAppealCompleted;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    private String version;

    /** Adds a field error for each fact the rules cannot take: the API's checks, with the page's words. */
    void check(Errors errors, FactDates dates) {
        if (complaintId != null && complaintId.length() > 64) {
            errors.rejectValue("complaintId", "try.error.too-long", new Object[] {64}, null);
        }
        if (serviceCode != null && !serviceCode.isBlank() && !serviceCode.strip().matches(CODE)) {
            errors.rejectValue("serviceCode", "try.error.service-code");
        }
        if (respondent == null && !errors.hasFieldErrors("respondent")) {
            errors.rejectValue("respondent", "try.error.required");
        }
        if (receivedBy == null && !errors.hasFieldErrors("receivedBy")) {
            errors.rejectValue("receivedBy", "try.error.required");
        }
        if (receivedOn == null && !errors.hasFieldErrors("receivedOn")) {
            errors.rejectValue("receivedOn", "try.error.required");
        }
        for (FactDates.Problem problem : dates.check(receivedOn, registeredOn, favorableActAdoptedOn, asOf)) {
            String field = formField(problem.field());
            if (errors.hasFieldErrors(field)) {
                continue;
            }
            if (problem.kind() == FactDates.Kind.OUTSIDE_WINDOW) {
                errors.rejectValue(field, "try.error.date-window",
                        new Object[] {DAY.format(dates.earliest()), DAY.format(dates.latest())}, null);
            } else {
                errors.rejectValue(field, switch (problem.field()) {
                    case FAVORABLE_ACT_ADOPTED_ON -> "try.error.act-before-received";
                    case AS_OF -> "try.error.as-of-before-received";
                    default -> "try.error.registered-before-received";
                });
            }
        }
        if (favorableActFullySatisfies && favorableActAdoptedOn == null && !errors.hasFieldErrors("favorableActAdoptedOn")) {
            errors.rejectValue("favorableActAdoptedOn", "try.error.act-date");
        }
    }

    private static String formField(FactDates.Field field) {
        return switch (field) {
            case RECEIVED_ON -> "receivedOn";
            case REGISTERED_ON -> "registeredOn";
            case FAVORABLE_ACT_ADOPTED_ON -> "favorableActAdoptedOn";
            case AS_OF -> "asOf";
        };
    }

    ComplaintFacts facts() {
        return new ComplaintFacts(blankToNull(complaintId), blankToNull(serviceCode), respondent, subject, receivedBy,
                receivedOn, registeredOn,
                favorableActAdoptedOn == null ? null : new FavorableAct(favorableActAdoptedOn, favorableActFullySatisfies),
                preTrialAppealCompleted, asOf);
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
