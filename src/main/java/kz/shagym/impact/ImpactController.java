package kz.shagym.impact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The impact of a version before activation (ANALYST, APPROVER): a job, since a year of complaints takes
 * seconds to decide again. {@code POST} answers 202 with the job's address; {@code GET} there answers
 * {@code {state, done, total, result}} from the database, on any instance. Keep {@code docs/api.md} in
 * step: {@code ApiContractTest} compares them.
 */
@RestController
@RequestMapping(path = "/api/v1/rulesets/{id}/impact", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rule sets")
class ImpactController {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN_VERSION = """
            {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version", "status": 404,
             "detail": "No rule set version 'c5542b20c449' is stored.", "instance": "/api/v1/rulesets/c5542b20c449/impact",
             "code": "SHG-RULESET-404"}""";

    private final ImpactJobs jobs;

    ImpactController(ImpactJobs jobs) {
        this.jobs = jobs;
    }

    /** Optional body {@code {"from": "2025-01-01", "to": "2025-12-31", "limit": 100000}}. */
    @PostMapping
    @Operation(summary = "Start comparing a version with the active one on recorded complaints",
            description = "ANALYST or APPROVER. Each request recorded in `[from, to)` (what-if decisions left out, the"
                    + " newest `limit`) is decided again under the active version and under this one, nothing"
                    + " recorded, and the two answers compared. A job: the answer is `202` with its address; it runs"
                    + " on this instance, one at a time, and any instance answers its `GET`.")
    @ApiResponse(responseCode = "202", description = "The job, QUEUED; follow `Location`",
            headers = @Header(name = "Location", description = "The job: `/api/v1/rulesets/{id}/impact/{jobId}`",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ImpactJob.class),
                    examples = @ExampleObject(name = "queued", ref = "#/components/examples/impact-job-queued")))
    @ApiResponse(responseCode = "400", description = "The body is not a JSON object, has another field, a date that"
            + " does not read, or a `limit` that is not a whole number (SHG-IMPACT-400)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-IMPACT-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-IMPACT-400", "title": "Invalid impact request",
                     "status": 400, "detail": "Неизвестное поле «since»; допустимы from, to, limit. / Unknown field\
                     'since'; allowed: from, to, limit.", "instance": "/api/v1/rulesets/c5542b20c449…/impact",
                     "code": "SHG-IMPACT-400"}""")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    @ApiResponse(responseCode = "422", description = "`to` is not after `from`, or `limit` is outside"
            + " 1…`shagym.impact.max-records` (SHG-IMPACT-422)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-IMPACT-422", value = """
                    {"type": "https://shagym.kz/problems/SHG-IMPACT-422", "title": "Impact range cannot be compared",
                     "status": 422, "detail": "«to» не позже «from»: в диапазоне нет ни одного дня. / 'to' is not after\
                     'from': the range holds no time.", "instance": "/api/v1/rulesets/c5542b20c449…/impact",
                     "code": "SHG-IMPACT-422"}""")))
    @ApiResponse(responseCode = "503", description = "This instance already has `shagym.impact.queued-jobs` jobs"
            + " waiting (SHG-IMPACT-503)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-IMPACT-503", value = """
                    {"type": "https://shagym.kz/problems/SHG-IMPACT-503", "title": "Too many impact jobs waiting",
                     "status": 503, "detail": "На этом сервере уже ждут заданий сравнения: 4. Повторите, когда одно из\
                     них закончится. / 4 impact jobs are already waiting on this server. Try again when one has\
                     finished.", "instance": "/api/v1/rulesets/c5542b20c449…/impact", "code": "SHG-IMPACT-503"}""")))
    ResponseEntity<ImpactJob> start(@Parameter(description = "The candidate version") @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Optional, and so is each field:"
                    + " `from` and `to` a day (Asia/Almaty, `to` included) or a time with its offset; `limit` at most"
                    + " 1,000,000. By default the last 365 days.", content = @Content(mediaType = JSON,
                    schema = @Schema(type = "object"), examples = @ExampleObject(name = "range",
                    value = "{\"from\": \"2025-01-01\", \"to\": \"2025-12-31\", \"limit\": 100000}")))
            @RequestBody(required = false) String body, @Parameter(hidden = true) Principal principal) {
        ImpactJob job = jobs.start(id, jobs.range(body), principal.getName());
        URI location = UriComponentsBuilder.fromPath("/api/v1/rulesets/{id}/impact/{jobId}")
                .buildAndExpand(id, job.jobId()).toUri();
        return ResponseEntity.accepted().location(location).body(job);
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Read an impact job: its progress, then its report",
            description = "ANALYST or APPROVER. From the database, so any instance answers. `state` QUEUED, RUNNING,"
                    + " DONE or FAILED; `done` of `total` requests (written about once a second); `result` the"
                    + " report once DONE; `failure` (`code`, `detail`) once FAILED.")
    @ApiResponse(responseCode = "200", description = "The job", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ImpactJob.class),
            examples = @ExampleObject(name = "done", ref = "#/components/examples/impact-job-done")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404), or that version has no job"
            + " with that id (SHG-IMPACT-404)", content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION),
                @ExampleObject(name = "SHG-IMPACT-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-IMPACT-404", "title": "Unknown impact job",
                     "status": 404, "detail": "Задания сравнения «5b0e» для версии c5542b20c449 нет. / There is no\
                     impact job '5b0e' for version c5542b20c449.",
                     "instance": "/api/v1/rulesets/c5542b20c449/impact/5b0e", "code": "SHG-IMPACT-404"}""")}))
    ImpactJob job(@Parameter(description = "The candidate version") @PathVariable String id,
            @Parameter(description = "The job, as `POST` answered it") @PathVariable String jobId) {
        return jobs.find(id, jobId);
    }
}
