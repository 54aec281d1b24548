package kz.shagym.printout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A version for people, over the API (read as versions are read: ANALYST, APPROVER, AUDITOR): the sign-off PDF,
 * and a table as a copy to print and edit. The files as stored stay at {@code /api/v1/rulesets/{id}/files/**}.
 */
@RestController
@RequestMapping("/api/v1/rulesets/{id}")
@Tag(name = "Rule sets")
class PrintoutController {

    private static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String UNKNOWN_VERSION = """
            {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version", "status": 404,
             "detail": "No rule set version 'c5542b20c449' is stored.",
             "instance": "/api/v1/rulesets/c5542b20c449/document.pdf", "code": "SHG-RULESET-404"}""";
    private static final String NOT_A_TABLE = """
            {"type": "https://shagym.kz/problems/SHG-PRINT-404", "title": "No table at that path", "status": 404,
             "detail": "«rules/decision.drl» — не таблица версии; для печати готовятся только таблицы из\
             decision-tables/. / 'rules/decision.drl' is not a table of the version; only the tables in\
             decision-tables/ are prepared for printing.",
             "instance": "/api/v1/rulesets/c5542b20c449…/printable/rules/decision.drl", "code": "SHG-PRINT-404"}""";
    private static final String REJECTED = """
            {"type": "https://shagym.kz/problems/SHG-PRINT-409",
             "title": "A rejected version is not prepared for printing", "status": 409,
             "detail": "Версия c5542b20c449… отклонена: её файлы не прошли проверку, поэтому к печати не готовятся;\
             скачайте их как они хранятся. / Version c5542b20c449… was rejected: its files did not pass the checks,\
             so they are not prepared for printing; download them as stored.",
             "instance": "/api/v1/rulesets/c5542b20c449…/document.pdf", "code": "SHG-PRINT-409"}""";

    private final Printouts printouts;

    PrintoutController(Printouts printouts) {
        this.printouts = printouts;
    }

    @GetMapping(path = "/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A version as a PDF for sign-off",
            description = "ANALYST, APPROVER or AUDITOR. Every table (routing, time limits, court exceptions, calendar"
                    + " and its parameters, scenarios)"
                    + " with the version's id, state, author, activations, scenario results and each file's SHA-256;"
                    + " every page names the version and its page number.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    @ApiResponse(responseCode = "409", description = "The version was rejected (SHG-PRINT-409)", content = @Content(
            mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "SHG-PRINT-409", value = REJECTED)))
    ResponseEntity<byte[]> document(@Parameter(description = "The version id") @PathVariable String id,
            @Parameter(description = "The document's language",
            schema = @Schema(allowableValues = {"ru", "kk", "en"}, defaultValue = "ru"))
            @RequestParam(defaultValue = "ru") String lang) {
        byte[] document = printouts.document(id, lang);
        return attachment(Printouts.documentName(id, lang), MediaType.APPLICATION_PDF, document);
    }

    @GetMapping(path = "/printable/{*path}", produces = XLSX_VALUE)
    @Operation(summary = "A table of a version, to print and edit",
            description = "ANALYST, APPROVER or AUDITOR. The stored rows with drop-downs that refuse other values,"
                    + " prompts for columns of several"
                    + " codes, and a page layout (A4 landscape, one page wide, headings on every page, a footer with the"
                    + " file, the version and the page). Its bytes differ from the stored file's: uploaded unchanged it"
                    + " gives the same rows under a new version id.")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404) or no table at that path (SHG-PRINT-404)",
            content = @Content(mediaType = PROBLEM_JSON, examples = {
                @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION),
                @ExampleObject(name = "SHG-PRINT-404", value = NOT_A_TABLE)}))
    @ApiResponse(responseCode = "409", description = "The version was rejected (SHG-PRINT-409)", content = @Content(
            mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "SHG-PRINT-409", value = REJECTED)))
    ResponseEntity<byte[]> printable(@Parameter(description = "The version id") @PathVariable String id,
            @Parameter(description = "The table's path in the version, slashes included",
                    example = "decision-tables/routing.drl.xlsx") @PathVariable("path") String full,
            @Parameter(description = "The footer's language", schema = @Schema(allowableValues = {"ru", "kk", "en"},
                    defaultValue = "ru")) @RequestParam(defaultValue = "ru") String lang) {
        // {*path} captures the rest of the URL with its leading slash
        String path = full.startsWith("/") ? full.substring(1) : full;
        byte[] table = printouts.printableTable(id, path, lang);
        return attachment(Printouts.fileName(path), XLSX, table);
    }

    static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
