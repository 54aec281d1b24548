package kz.shagym.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The OpenAPI description of {@link RuleSetController}, kept apart so that the controller reads as code.
 * Each status has its own example; the problems every operation shares (401, 403, 500, ...) are added
 * by the web layer. Keep {@code docs/api.md} in step: {@code ApiContractTest} compares them.
 */
@Tag(name = "Rule sets")
interface RuleSetApiDocs {

    String JSON = "application/json";
    String PROBLEM = "application/problem+json";
    String UNKNOWN_VERSION = """
            {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version", "status": 404,
             "detail": "No rule set version 'c5542b20c449' is stored.", "instance": "/api/v1/rulesets/c5542b20c449",
             "code": "SHG-RULESET-404"}""";
    @Operation(summary = "Upload a table or a whole set as a new version",
            description = "ANALYST. One `.xlsx` table replaces the file of the same name in the set the database says"
                    + " is active; a `.zip` is a whole set, whose `rules/` must equal the active set's (code never"
                    + " arrives through an upload). The set is checked cell by cell, compiled on a build thread and"
                    + " run against the scenarios, then stored: as a DRAFT (201, with `Location`) or as REJECTED with"
                    + " its report (422). Content stored before answers 200 with that version and `existing: true`"
                    + " (`Content-Location` names it), or 422 again when that version was rejected.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "multipart/form-data", schema = @Schema(implementation = UploadForm.class))))
    @ApiResponse(responseCode = "201", description = "Stored as a draft; an approver activates it",
            headers = @Header(name = "Location", description = "The new version: `/api/v1/rulesets/{id}`",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = VersionDescription.class),
                    examples = @ExampleObject(name = "draft", ref = "#/components/examples/version-uploaded")))
    @ApiResponse(responseCode = "200", description = "The same content is stored already: that version, `existing: true`",
            headers = @Header(name = "Content-Location", description = "The stored version: `/api/v1/rulesets/{id}`",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = VersionDescription.class),
                    examples = @ExampleObject(name = "existing", ref = "#/components/examples/version-existing")))
    @ApiResponse(responseCode = "400", description = "No `file` part (SHG-HTTP-400), or a file name or type the"
            + " service does not take, or a zip it cannot read (SHG-RULESET-400)", content = @Content(mediaType = PROBLEM,
            examples = {@ExampleObject(name = "SHG-RULESET-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-400", "title": "Invalid upload", "status": 400,
                     "detail": "Файл «notes.txt»: ожидается таблица .xlsx или архив .zip всего набора. / File 'notes.txt':\
                     expected an .xlsx table or a .zip of the whole set.", "instance": "/api/v1/rulesets",
                     "code": "SHG-RULESET-400", "message": "Файл «notes.txt»: ожидается таблица .xlsx или архив .zip всего\
                     набора.", "messageKk": "«notes.txt» файлы: .xlsx кестесі немесе бүкіл жиынтықтың .zip мұрағаты\
                     күтіледі.", "messageEn": "File 'notes.txt': expected an .xlsx table or a .zip of the whole set."}"""),
                @ExampleObject(name = "SHG-HTTP-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-HTTP-400", "title": "Bad Request", "status": 400,
                     "detail": "The request could not be handled as sent.", "instance": "/api/v1/rulesets",
                     "code": "SHG-HTTP-400"}""")}))
    @ApiResponse(responseCode = "413", description = "The file is over the upload limit, or the zip unpacks to more"
            + " (SHG-RULESET-413); the multipart request itself is over `spring.servlet.multipart.max-request-size`"
            + " (SHG-HTTP-413)", content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-RULESET-413", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-413", "title": "Upload too large", "status": 413,
                     "detail": "Архив распаковывается больше чем в 50 МБ. / The zip unpacks to over 50 MB.",
                     "instance": "/api/v1/rulesets", "code": "SHG-RULESET-413", "message": "Архив распаковывается больше\
                     чем в 50 МБ.", "messageKk": "Мұрағат 50 МБ-тан артық болып ашылады.",
                     "messageEn": "The zip unpacks to over 50 MB."}"""),
                @ExampleObject(name = "SHG-HTTP-413", value = """
                    {"type": "https://shagym.kz/problems/SHG-HTTP-413", "title": "Request body too large", "status": 413,
                     "detail": "The upload is larger than the limit.", "instance": "/api/v1/rulesets",
                     "code": "SHG-HTTP-413"}""")}))
    @ApiResponse(responseCode = "422", description = "Refused. Stored as REJECTED with its report: cell problems"
            + " (SHG-RULESET-422, `errors` with file, sheet, cell) or failed scenarios (SHG-RULESET-422-SCENARIO,"
            + " `failedScenarios`). Refused before anything is read or stored: rules or templates in the upload"
            + " (SHG-UPLOAD-422-CODE, `files`), macros (SHG-UPLOAD-422-MACRO), a zip that holds a file twice"
            + " (SHG-UPLOAD-422-DUPLICATE)", content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-RULESET-422", ref = "#/components/examples/upload-rejected-tables"),
                @ExampleObject(name = "SHG-RULESET-422-SCENARIO", ref = "#/components/examples/upload-rejected-scenarios"),
                @ExampleObject(name = "SHG-UPLOAD-422-CODE", ref = "#/components/examples/upload-refused-code"),
                @ExampleObject(name = "SHG-UPLOAD-422-MACRO", value = """
                    {"type": "https://shagym.kz/problems/SHG-UPLOAD-422-MACRO", "title": "Macros are not accepted",
                     "status": 422, "detail": "Файл «routing.drl.xlsx» содержит макросы (VBA или листы макросов). … /\
                     The file 'routing.drl.xlsx' contains macros (VBA or macro sheets). Workbooks with macros are not\
                     accepted: save it as a plain .xlsx workbook without macros.", "instance": "/api/v1/rulesets",
                     "code": "SHG-UPLOAD-422-MACRO", "file": "routing.drl.xlsx", "message": "Файл «routing.drl.xlsx»\
                     содержит макросы (VBA или листы макросов). …", "messageKk": "«routing.drl.xlsx» файлында макростар\
                     бар (VBA немесе макрос парақтары). …", "messageEn": "The file 'routing.drl.xlsx' contains macros (VBA\
                     or macro sheets). Workbooks with macros are not accepted: save it as a plain .xlsx workbook without\
                     macros."}"""),
                @ExampleObject(name = "SHG-UPLOAD-422-DUPLICATE", value = """
                    {"type": "https://shagym.kz/problems/SHG-UPLOAD-422-DUPLICATE", "title": "Duplicate file in the zip",
                     "status": 422, "detail": "Файл «time-limits.drl.xlsx» встречается в архиве дважды (…). Оставьте\
                     один. / The zip holds 'time-limits.drl.xlsx' twice ('decision-tables/time-limits.drl.xlsx' and\
                     'tables/time-limits.drl.xlsx'). Keep one.", "instance": "/api/v1/rulesets",
                     "code": "SHG-UPLOAD-422-DUPLICATE", "file": "tables/time-limits.drl.xlsx",
                     "entry": "decision-tables/time-limits.drl.xlsx", "message": "Файл «time-limits.drl.xlsx»\
                     встречается в архиве дважды (…). Оставьте один.", "messageKk": "…", "messageEn": "The zip holds\
                     'time-limits.drl.xlsx' twice ('decision-tables/time-limits.drl.xlsx' and\
                     'tables/time-limits.drl.xlsx'). Keep one."}""")}))
    @ApiResponse(responseCode = "503", description = "The build did not finish within `shagym.release.build-timeout`;"
            + " nothing was stored (SHG-BUILD-503)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-BUILD-503", ref = "#/components/examples/build-timed-out")))
    ResponseEntity<VersionDescription> upload(@Parameter(hidden = true) MultipartFile file,
            @Parameter(hidden = true) String comment, @Parameter(hidden = true) Principal principal,
            @Parameter(hidden = true) HttpServletRequest request) throws IOException;

    /** The multipart form of an upload, for the document only. */
    @Schema(name = "RuleSetUpload")
    record UploadForm(
            @Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "One `.xlsx` table (named as in the set, e.g. `time-limits.drl.xlsx`) or a `.zip` of"
                            + " the whole set, laid out as the workbench's download")
            String file,
            @Schema(description = "Why this version is made; shown with the version and in the trail (also taken"
                    + " as a query parameter)", example = "Review periods of the quality-control body per order No. 12")
            String comment) {
    }

    @Operation(summary = "List every version, newest first",
            description = "ANALYST, APPROVER or AUDITOR. Each version with its state, author, files (path, SHA-256,"
                    + " size) and its report as an object (`reportObject`); `report` is the same report as JSON text,"
                    + " deprecated.")
    @ApiResponse(responseCode = "200", description = "Every stored version, rejected ones included",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = ListedVersion.class)),
                    examples = @ExampleObject(name = "versions", ref = "#/components/examples/version-list")))
    List<ListedVersion> list();

    @Operation(summary = "Describe the active version",
            description = "ANALYST, APPROVER or AUDITOR. The version the database says is active (an instance may"
                    + " take up to `shagym.release.follow-interval` to serve it). Its ETag changes when another"
                    + " version becomes active, so `If-None-Match` answers 304 until then.")
    @ApiResponse(responseCode = "200", description = "The active version, its files and its report",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = VersionDescription.class),
                    examples = @ExampleObject(name = "active", ref = "#/components/examples/version-description")))
    @ApiResponse(responseCode = "404", description = "No version is active yet (SHG-RULESET-404)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version",
                     "status": 404, "detail": "No rule set version 'active' is stored.",
                     "instance": "/api/v1/rulesets/active", "code": "SHG-RULESET-404"}""")))
    ResponseEntity<VersionDescription> active();

    @Operation(summary = "Describe one version",
            description = "ANALYST, APPROVER or AUDITOR. Its state, author, comment, parent, files and the report of"
                    + " its check (cell problems, or scenario results and coverage). The files and the report never"
                    + " change; the state does (DRAFT → ACTIVE → RETIRED, or REJECTED), so the answer is revalidated"
                    + " with its ETag rather than kept.")
    @ApiResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = VersionDescription.class),
                    examples = @ExampleObject(name = "version", ref = "#/components/examples/version-description")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    ResponseEntity<VersionDescription> one(@Parameter(description = "The version id (SHA-256 over its files)",
            example = "cff6741228fcb26a28ba55a2946731e6397a90949bb312d5fe0ebc4efa381bf0") String id);

    @Operation(summary = "Download one file of a version",
            description = "ANALYST, APPROVER or AUDITOR. The bytes exactly as stored. They never change (the version"
                    + " id is a hash over every file), so the answer may be kept (`Cache-Control: immutable`); its ETag"
                    + " is the file's `sha256` as the version lists it. `path` keeps its slashes:"
                    + " `/api/v1/rulesets/{id}/files/decision-tables/routing.drl.xlsx`.")
    @ApiResponse(responseCode = "200", description = "The file: a workbook (.xlsx) or text (rules, templates)",
            content = {@Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/plain", schema = @Schema(type = "string"), examples = @ExampleObject(
                    name = "template", value = "template header\nrow\nsalience\nrespondent\n…"))})
    @ApiResponse(responseCode = "404", description = "No such version, or no such file in it (SHG-RULESET-404)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version",
                     "status": 404, "detail": "No rule set version 'cff674…/decision-tables/routing.xlsx' is stored.",
                     "instance": "/api/v1/rulesets/cff674…/files/decision-tables/routing.xlsx",
                     "code": "SHG-RULESET-404"}""")))
    ResponseEntity<byte[]> file(@Parameter(description = "The version id") String id,
            @Parameter(description = "The file's path in the version, slashes included",
                    example = "decision-tables/routing.drl.xlsx") String path);

    @Operation(summary = "Activate a version, or roll back to an older one",
            description = "APPROVER. The database commits first (the old version retired, this one active, the"
                    + " history row and the trail entry in one transaction), then this instance serves it; others"
                    + " follow within `shagym.release.follow-interval`. Activating a RETIRED version is the rollback."
                    + " With four-eyes on (prod), the author may not activate their own version.")
    @ApiResponse(responseCode = "200", description = "The activation, as the history keeps it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Activation.class),
                    examples = @ExampleObject(name = "activation", ref = "#/components/examples/activation")))
    @ApiResponse(responseCode = "403", description = "The approver is the version's author and four-eyes is on"
            + " (SHG-RULESET-403-FOUR-EYES), or the role is not APPROVER (SHG-AUTH-403)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-403-FOUR-EYES", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-403-FOUR-EYES", "title": "Four-eyes rule",
                     "status": 403, "detail": "Версию c5542b20c449… должен активировать не её автор. / Version\
                     c5542b20c449… must be activated by someone other than its author.",
                     "instance": "/api/v1/rulesets/c5542b20c449…/activation", "code": "SHG-RULESET-403-FOUR-EYES"}""")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    @ApiResponse(responseCode = "409", description = "The version is rejected or already active, or another"
            + " activation won a race (SHG-RULESET-409); it is stored but its tables do not build"
            + " (SHG-RULESET-409-UNUSABLE)", content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-RULESET-409", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-409", "title": "Rule set version state conflict",
                     "status": 409, "detail": "Версия c5542b20c449… отклонена и не может стать активной. / Version\
                     c5542b20c449… was rejected and cannot be activated.",
                     "instance": "/api/v1/rulesets/c5542b20c449…/activation", "code": "SHG-RULESET-409"}"""),
                @ExampleObject(name = "SHG-RULESET-409-UNUSABLE", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-409-UNUSABLE",
                     "title": "Rule set version cannot decide", "status": 409, "detail": "Версия c5542b20c449…\
                     хранится, но в её таблицах 1 ошибок; по ней нельзя принимать решения. / Version c5542b20c449… is stored\
                     but its tables have 1 problem(s); it cannot decide.",
                     "instance": "/api/v1/rulesets/c5542b20c449…/activation", "code": "SHG-RULESET-409-UNUSABLE"}""")}))
    @ApiResponse(responseCode = "503", description = "Building the version (not in memory) overran the build timeout"
            + " (SHG-BUILD-503); nothing changed", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-BUILD-503", ref = "#/components/examples/build-timed-out")))
    Activation activate(@Parameter(description = "The version to make active") String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Optional: why",
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = ActivationRequest.class)))
            ActivationRequest body,
            @Parameter(hidden = true) Principal principal);

    @Operation(summary = "List every activation, newest first",
            description = "ANALYST, APPROVER or AUDITOR. Who made which version active, when, why, and which version"
                    + " it replaced. A rollback is an activation of an older version.")
    @ApiResponse(responseCode = "200", description = "The activation history",
            content = @Content(mediaType = JSON, array = @ArraySchema(schema = @Schema(implementation = Activation.class)),
                    examples = @ExampleObject(name = "history", ref = "#/components/examples/activations")))
    List<Activation> history();
}
