package kz.shagym.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What changed between two stored versions: table rows added, removed and changed cell by cell; DRL line by line. */
@RestController
@Tag(name = "Rule sets")
class RuleSetDiffController {

    private final Releases releases;

    RuleSetDiffController(Releases releases) {
        this.releases = releases;
    }

    @GetMapping(path = "/api/v1/rulesets/{from}/diff/{to}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare two versions",
            description = "ANALYST, APPROVER or AUDITOR. Every file of either version: ADDED, REMOVED, CHANGED or"
                    + " UNCHANGED. Tables are compared row by row by their key column (rows added, removed, moved and"
                    + " changed cell by cell, with old and new values); rules and templates line by line, in hunks."
                    + " Tables are read leniently, so a bad cell shows as a change. Both versions never change, but a"
                    + " later release may compare better, so the answer is revalidated with its ETag.")
    @ApiResponse(responseCode = "200", description = "The differences, with a summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RuleSetDiff.class),
                    examples = @ExampleObject(name = "diff", ref = "#/components/examples/ruleset-diff")))
    @ApiResponse(responseCode = "404", description = "Either version is not stored (SHG-RULESET-404)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "SHG-RULESET-404",
                    value = """
                            {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version",
                             "status": 404, "detail": "No rule set version 'c5542b20c449' is stored.",
                             "instance": "/api/v1/rulesets/cff6741228fc/diff/c5542b20c449", "code": "SHG-RULESET-404"}""")))
    ResponseEntity<RuleSetDiff> diff(
            @Parameter(description = "The version compared from (the old one)") @PathVariable String from,
            @Parameter(description = "The version compared to (the new one)") @PathVariable String to) {
        return ResponseEntity.ok().cacheControl(RuleSetController.REVALIDATE)
                .body(RuleSetComparison.between(source(from), source(to)));
    }

    private RuleSetSource source(String id) {
        return releases.source(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
    }
}
