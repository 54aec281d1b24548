package kz.shagym.release;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import jakarta.servlet.http.HttpServletRequest;

/** Rule set versions: upload (ANALYST), activate and roll back (APPROVER), read (ANALYST, APPROVER, AUDITOR). */
@RestController
@RequestMapping("/api/v1")
class RuleSetController {

    private final Publishing publishing;
    private final Activations activations;
    private final RuleSetVersionStore store;

    RuleSetController(Publishing publishing, Activations activations, RuleSetVersionStore store) {
        this.publishing = publishing;
        this.activations = activations;
        this.store = store;
    }

    @PostMapping(path = "/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<VersionDescription> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "comment", required = false) String comment, Principal principal) throws IOException {
        RuleSetSource source = publishing.sourceFromUpload(file.getOriginalFilename(), file.getBytes());
        Published published = publishing.publish(source, principal.getName(), comment);
        VersionDescription body = VersionDescription.of(published.version(), published.report())
                .uploaded(published.existing());
        return ResponseEntity.status(published.existing() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
    }

    @GetMapping("/rulesets")
    List<StoredVersion> list() {
        return store.list();
    }

    @GetMapping("/rulesets/active")
    VersionDescription active() {
        String id = store.activeId().orElseThrow(() -> new UnknownRuleSetVersion("active"));
        return one(id);
    }

    @GetMapping("/rulesets/{id}")
    VersionDescription one(@PathVariable String id) {
        StoredVersion version = store.find(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
        return VersionDescription.of(version, publishing.readReport(version.report()));
    }

    @GetMapping("/rulesets/{id}/files/**")
    ResponseEntity<byte[]> file(@PathVariable String id, HttpServletRequest request) {
        String full = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String path = full.substring(full.indexOf("/files/") + "/files/".length());
        byte[] bytes = store.file(id, path).orElseThrow(() -> new UnknownRuleSetVersion(id + "/" + path));
        String name = path.substring(path.lastIndexOf('/') + 1);
        MediaType type = name.endsWith(".xlsx")
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** Optional body {@code {"reason": "..."}}. */
    @PostMapping("/rulesets/{id}/activation")
    Activation activate(@PathVariable String id, @RequestBody(required = false) Map<String, String> body,
            Principal principal) {
        String reason = body == null ? null : body.get("reason");
        return activations.activate(id, principal.getName(), reason, false);
    }

    @GetMapping("/activations")
    List<Activation> history() {
        return activations.history();
    }
}
