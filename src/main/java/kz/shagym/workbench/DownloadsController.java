package kz.shagym.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.shagym.printout.Printouts;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.tables.TableKind;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The active set's files (one by one as stored or dressed for print, or as a zip to edit and upload again)
 * and an empty template per table.
 */
@Controller
class DownloadsController {

    private final RuleSetRegistry registry;
    private final Printouts printouts;

    DownloadsController(RuleSetRegistry registry, Printouts printouts) {
        this.registry = registry;
        this.printouts = printouts;
    }

    @GetMapping("/workbench/downloads")
    String downloads(Model model) {
        model.addAttribute("active", registry.active().source());
        model.addAttribute("kinds", Arrays.asList(TableKind.values()));
        return "workbench/downloads";
    }

    /** The whole active set, laid out as the upload takes it back. */
    @GetMapping("/workbench/downloads/active-set.zip")
    ResponseEntity<byte[]> activeSet() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : registry.active().source().files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        String name = "shagym-" + registry.active().versionId().substring(0, 12) + ".zip";
        return VersionsController.download(name, bytes.toByteArray());
    }

    @GetMapping("/workbench/downloads/templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind, Locale locale) {
        TableKind table = Arrays.stream(TableKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> new UnknownTemplate(kind));
        return VersionsController.download(table.fileName(), printouts.emptyTemplate(table, locale.getLanguage()));
    }
}
