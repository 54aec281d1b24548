package kz.shagym.impact;

import java.net.URI;
import java.security.Principal;
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
 * {@code {state, done, total, result}} from the database, on any instance.
 */
@RestController
@RequestMapping("/api/v1/rulesets/{id}/impact")
class ImpactController {

    private final ImpactJobs jobs;

    ImpactController(ImpactJobs jobs) {
        this.jobs = jobs;
    }

    /** Optional body {@code {"from": "2025-01-01", "to": "2025-12-31", "limit": 100000}}. */
    @PostMapping
    ResponseEntity<ImpactJob> start(@PathVariable String id, @RequestBody(required = false) String body,
            Principal principal) {
        ImpactJob job = jobs.start(id, jobs.range(body), principal.getName());
        URI location = UriComponentsBuilder.fromPath("/api/v1/rulesets/{id}/impact/{jobId}")
                .buildAndExpand(id, job.jobId()).toUri();
        return ResponseEntity.accepted().location(location).body(job);
    }

    @GetMapping("/{jobId}")
    ImpactJob job(@PathVariable String id, @PathVariable String jobId) {
        return jobs.find(id, jobId);
    }
}
