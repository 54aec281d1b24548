package kz.shagym.decision;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.InvalidField.Code;
import kz.shagym.problem.InvalidRequest;
import tools.jackson.databind.JsonNode;

/**
 * The strict reading of a decision request ({@code shared/docs/api.md}): the body and the query
 * parameters become {@link ComplaintFacts}, or an {@link InvalidRequest} that lists every bad field once.
 * The one request model: the workbench's form hands its fields over as the same JSON and shows what
 * {@link #read(JsonNode)} finds under its own fields.
 */
public final class ComplaintFactsReader {

    static final int COMPLAINT_ID_MAX = 64;
    static final int SERVICE_CODE_MAX = 32;
    static final int VERSION_MAX = 64;

    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String SAFE_CODE_WORDS = "letters A-Z a-z, digits, '.', '_' and '-'";

    private static final Set<String> FIELDS = Set.of("complaintId", "serviceCode", "respondent", "subject",
            "receivedBy", "receivedOn", "registeredOn", "favorableAct", "preTrialAppealCompleted", "asOf");
    private static final Set<String> FAVORABLE_ACT_FIELDS = Set.of("adoptedOn", "fullySatisfies");
    private static final Set<String> PARAMETERS = Set.of("version", "trace");

    private final FactDates dates;

    public ComplaintFactsReader(FactDates dates) {
        this.dates = dates;
    }

    /**
     * What one reading of a body found.
     *
     * @param facts null when any field is bad
     * @param errors every bad field once, the malformed ones ({@code SHG-REQ-400}) before the ones that
     *     cannot be true ({@code SHG-REQ-422})
     */
    public record Reading(ComplaintFacts facts, List<InvalidField> errors) {

        public Reading {
            errors = List.copyOf(errors);
        }
    }

    /** Reads a JSON object of complaint facts (no query parameters), reporting instead of throwing. */
    public Reading read(JsonNode body) {
        List<InvalidField> errors = new ArrayList<>();
        List<InvalidField> impossible = new ArrayList<>();
        ComplaintFacts facts = facts(new RequestFields(body, "", errors), errors, impossible);
        errors.addAll(impossible);
        return new Reading(errors.isEmpty() ? facts : null, oncePerField(errors));
    }

    /** The supported window of dates, which the workbench names in its own words. */
    public FactDates dates() {
        return dates;
    }

    /**
     * @param parameters the names of the query parameters given
     * @param version the {@code version} parameter, or null
     * @throws InvalidRequest (400) when the request is malformed; the facts that cannot be true are listed too,
     *     so that one answer names everything to fix
     * @throws ImpossibleFacts (422) when it is well-formed but its facts cannot be true
     */
    ComplaintFacts read(InputStream body, Collection<String> parameters, String version) {
        List<InvalidField> errors = new ArrayList<>();
        List<InvalidField> impossible = new ArrayList<>();
        JsonNode root = StrictJson.read(body, errors);
        if (!root.isObject()) {
            errors.add(new InvalidField("", Code.NOT_AN_OBJECT, "The body must be a JSON object."));
        }
        ComplaintFacts facts = root.isObject() ? facts(new RequestFields(root, "", errors), errors, impossible) : null;
        errors.addAll(parameterErrors(parameters, version));
        if (!errors.isEmpty()) {
            errors.addAll(impossible);
            throw new InvalidRequest(oncePerField(errors));
        }
        if (!impossible.isEmpty()) {
            throw new ImpossibleFacts(impossible);
        }
        return facts;
    }

    private ComplaintFacts facts(RequestFields body, List<InvalidField> errors, List<InvalidField> impossible) {
        int before = errors.size();
        body.rejectUnknown(FIELDS);
        String complaintId = body.optionalText("complaintId", COMPLAINT_ID_MAX, null, "printable characters");
        String serviceCode = body.optionalText("serviceCode", SERVICE_CODE_MAX, SAFE_CODE, SAFE_CODE_WORDS);
        Respondent respondent = body.requiredEnum("respondent", Respondent.class);
        Subject subject = body.optionalEnum("subject", Subject.class);
        Body receivedBy = body.requiredEnum("receivedBy", Body.class);
        LocalDate receivedOn = body.requiredDate("receivedOn");
        LocalDate registeredOn = body.optionalDate("registeredOn");
        FavorableAct favorableAct = favorableAct(body.optionalObject("favorableAct"));
        boolean preTrialAppealCompleted = body.optionalBoolean("preTrialAppealCompleted", false);
        LocalDate asOf = body.optionalDate("asOf");
        LocalDate adoptedOn = favorableAct == null ? null : favorableAct.adoptedOn();
        dates.check(receivedOn, registeredOn, adoptedOn, asOf).forEach(problem -> impossible.add(invalid(problem)));
        if (errors.size() > before || !impossible.isEmpty()) {
            return null;
        }
        return new ComplaintFacts(complaintId, serviceCode, respondent, subject, receivedBy, receivedOn,
                registeredOn, favorableAct, preTrialAppealCompleted, asOf);
    }

    private InvalidField invalid(FactDates.Problem problem) {
        String field = problem.field().path();
        return switch (problem.kind()) {
            case OUTSIDE_WINDOW -> new InvalidField(field, Code.OUT_OF_RANGE, field + " must be from "
                    + dates.earliest() + " to " + dates.latest());
            case BEFORE_RECEIPT -> new InvalidField(field, Code.DATE_ORDER, field + " must not be before receivedOn: "
                    + switch (problem.field()) {
                        case FAVORABLE_ACT_ADOPTED_ON -> "a favourable act cannot answer a complaint not yet received";
                        case AS_OF -> "the question cannot be asked before the complaint arrived";
                        default -> "a complaint is registered on or after the day it arrived";
                    });
        };
    }

    private static FavorableAct favorableAct(RequestFields act) {
        if (act == null) {
            return null;
        }
        act.rejectUnknown(FAVORABLE_ACT_FIELDS);
        LocalDate adoptedOn = act.requiredDate("adoptedOn");
        Boolean fullySatisfies = act.requiredBoolean("fullySatisfies");
        return adoptedOn != null && fullySatisfies != null ? new FavorableAct(adoptedOn, fullySatisfies) : null;
    }

    private static List<InvalidField> parameterErrors(Collection<String> parameters, String version) {
        List<InvalidField> errors = new ArrayList<>();
        for (String name : parameters) {
            if (!PARAMETERS.contains(name)) {
                errors.add(new InvalidField(name.length() <= 64 ? name : name.substring(0, 64) + "…",
                        Code.UNKNOWN_FIELD, "this request takes no query parameter but 'version' and 'trace'"));
            }
        }
        if (version != null) {
            if (version.isEmpty()) {
                errors.add(new InvalidField("version", Code.EMPTY, "version must not be empty; leave it out for the active rule set"));
            } else if (version.length() > VERSION_MAX) {
                errors.add(new InvalidField("version", Code.TOO_LONG, "version must be at most " + VERSION_MAX + " characters"));
            } else if (!SAFE_CODE.matcher(version).matches()) {
                errors.add(new InvalidField("version", Code.INVALID_CHARACTERS, "version may only contain " + SAFE_CODE_WORDS));
            }
        }
        return errors;
    }

    /** A duplicated member may also fail on its own; the caller is told once per field, the first reason. */
    private static List<InvalidField> oncePerField(List<InvalidField> errors) {
        Map<String, InvalidField> first = new LinkedHashMap<>();
        errors.forEach(error -> first.putIfAbsent(error.field(), error));
        return List.copyOf(first.values());
    }
}
