package kz.shagym.printout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A version for people, over the API (read as versions are read: ANALYST, APPROVER, AUDITOR): the sign-off PDF,
 * and a table as a copy to print and edit. The files as stored stay at {@code /api/v1/rulesets/{id}/files/**}.
 */
@RestController
@RequestMapping("/api/v1/rulesets/{id}")
@Tag(name = "Rule set versions")
class PrintoutController {

    private static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Printouts printouts;

    PrintoutController(Printouts printouts) {
        this.printouts = printouts;
    }

    @GetMapping(path = "/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A version as a PDF for sign-off",
            description = "Every table (routing, time limits, court exceptions, calendar and its parameters, scenarios)"
                    + " with the version's id, state, author, activations, scenario results and each file's SHA-256;"
                    + " every page names the version and its page number.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "The version was rejected (SHG-PRINT-409)", content = @Content(mediaType = PROBLEM_JSON))
    ResponseEntity<byte[]> document(@PathVariable String id, @Parameter(description = "The document's language",
            schema = @Schema(allowableValues = {"ru", "kk", "en"}, defaultValue = "ru"))
            @RequestParam(defaultValue = "ru") String lang) {
        byte[] document = printouts.document(id, lang);
        return attachment(Printouts.documentName(id, lang), MediaType.APPLICATION_PDF, document);
    }

    @GetMapping(path = "/printable/**", produces = XLSX_VALUE)
    @Operation(summary = "A table of a version, to print and edit",
            description = "The stored rows with drop-downs that refuse other values, prompts for columns of several"
                    + " codes, and a page layout (A4 landscape, one page wide, headings on every page, a footer with the"
                    + " file, the version and the page). Its bytes differ from the stored file's: uploaded unchanged it"
                    + " gives the same rows under a new version id.")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX_VALUE))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404) or no table at that path (SHG-PRINT-404)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "The version was rejected (SHG-PRINT-409)", content = @Content(mediaType = PROBLEM_JSON))
    ResponseEntity<byte[]> printable(@PathVariable String id, HttpServletRequest request,
            @Parameter(description = "The footer's language", schema = @Schema(allowableValues = {"ru", "kk", "en"},
                    defaultValue = "ru")) @RequestParam(defaultValue = "ru") String lang) {
        String full = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String path = full.substring(full.indexOf("/printable/") + "/printable/".length());
        byte[] table = printouts.printableTable(id, path, lang);
        return attachment(Printouts.fileName(path), XLSX, table);
    }

    static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
