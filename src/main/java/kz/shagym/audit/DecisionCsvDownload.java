package kz.shagym.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every decision a search finds as a {@code decisions.csv} download, streamed oldest first: for the API and the workbench. */
public final class DecisionCsvDownload {

    private DecisionCsvDownload() {
    }

    public static ResponseEntity<StreamingResponseBody> of(DecisionLog log, DecisionQuery query) {
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            log.exportCsv(query, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"")
                .body(body);
    }
}
