package kz.shagym.release;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * Rule set versions: upload (ANALYST), activate and roll back (APPROVER), read (ANALYST, APPROVER, AUDITOR).
 * What each operation answers, with examples, is in {@link RuleSetApiDocs}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RuleSetController implements RuleSetApiDocs {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A file of a version never changes: the version's id is a hash over every file. */
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
    /** A version's state does change (draft, active, retired): ask again, with the ETag. */
    static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final Publishing publishing;
    private final Activations activations;
    private final RuleSetVersionStore store;

    RuleSetController(Publishing publishing, Activations activations, RuleSetVersionStore store) {
        this.publishing = publishing;
        this.activations = activations;
        this.store = store;
    }

    @Override
    @PostMapping(path = "/rulesets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<VersionDescription> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "comment", required = false) String comment, Principal principal,
            HttpServletRequest request) throws IOException {
        RuleSetSource source = publishing.sourceFromUpload(file.getOriginalFilename(), file.getBytes());
        Published published = publishing.publish(source, principal.getName(), comment);
        VersionDescription body = VersionDescription.of(published.version(), published.report())
                .uploaded(published.existing());
        URI location = URI.create(request.getContextPath() + "/api/v1/rulesets/" + body.id());
        if (published.existing()) {
            // the body is the stored version's description: say which resource it describes
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).body(body);
        }
        return ResponseEntity.created(location).body(body);
    }

    @Override
    @GetMapping("/rulesets")
    public List<ListedVersion> list() {
        return store.list().stream().map(version -> ListedVersion.of(version, publishing.readReport(version.report())))
                .toList();
    }

    @Override
    @GetMapping("/rulesets/active")
    public ResponseEntity<VersionDescription> active() {
        String id = store.activeId().orElseThrow(() -> new UnknownRuleSetVersion("active"));
        return one(id);
    }

    @Override
    @GetMapping("/rulesets/{id}")
    public ResponseEntity<VersionDescription> one(@PathVariable String id) {
        StoredVersion version = store.find(id).orElseThrow(() -> new UnknownRuleSetVersion(id));
        return ResponseEntity.ok().cacheControl(REVALIDATE)
                .body(VersionDescription.of(version, publishing.readReport(version.report())));
    }

    @Override
    @GetMapping(path = "/rulesets/{id}/files/{*path}", produces = MediaType.ALL_VALUE)
    public ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String path) {
        // {*path} captures the rest of the URL with its leading slash
        String file = path.startsWith("/") ? path.substring(1) : path;
        byte[] bytes = store.file(id, file).orElseThrow(() -> new UnknownRuleSetVersion(id + "/" + file));
        String name = file.substring(file.lastIndexOf('/') + 1);
        MediaType type = name.endsWith(".xlsx") ? XLSX : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type).cacheControl(IMMUTABLE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    @Override
    @PostMapping("/rulesets/{id}/activation")
    public Activation activate(@PathVariable String id, @RequestBody(required = false) ActivationRequest body,
            Principal principal) {
        String reason = body == null ? null : body.reason();
        return activations.activate(id, principal.getName(), reason, false);
    }

    @Override
    @GetMapping("/activations")
    public List<Activation> history() {
        return activations.history();
    }
}
