package kz.shagym.workbench;

import java.util.Locale;
import kz.shagym.printout.Printouts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A version for paper, in the page's language: a table as a copy to print and edit, and the whole version as
 * the PDF to sign off. The stored files themselves stay at {@code /workbench/versions/{id}/file}.
 */
@Controller
class PrintController {

    private final Printouts printouts;

    PrintController(Printouts printouts) {
        this.printouts = printouts;
    }

    @GetMapping("/workbench/versions/{id}/printable")
    ResponseEntity<byte[]> printable(@PathVariable String id, @RequestParam String path, Locale locale) {
        byte[] table = printouts.printableTable(id, path, locale.getLanguage());
        return VersionsController.download(Printouts.fileName(path), table);
    }

    @GetMapping("/workbench/versions/{id}/document.pdf")
    ResponseEntity<byte[]> document(@PathVariable String id, Locale locale) {
        byte[] document = printouts.document(id, locale.getLanguage());
        return VersionsController.download(Printouts.documentName(id, locale.getLanguage()), document);
    }
}
