package kz.shagym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code impact}: the shipped folder against a copy whose T01 review period is 15 days instead of 5, over
 * an audit export ({@code decisions.csv}) of complaints whose deciding row is known.
 */
class ImpactCommandTest {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "seq,decisionId,recordedAt,client,whatIf,rulesetVersion,complaintId,request,"
            + "answer,firedRules,prevHash,hash";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ShagymCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void impactOfFifteenDaysAtT01ShouldCountTheProvidersComplaintsAndShowBothDeadlines() throws IOException {
        Path candidate = copyWithT01ReviewDays(15);

        assertThat(run("impact", REPO.toString(), candidate.toString(), "--requests", export().toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Сравнено / compared: 5, изменилось бы / changed: 3")
                .containsPattern("review.workingDays\\s+3")
                .containsPattern("review.deadline\\s+3")
                .containsPattern("outcome\\s+0")
                .contains("Примеры (сначала с изменившимся полем, новые первыми) / Examples (a changed field first, newest first): 3")
                .contains("review.workingDays: 5 → 15")
                .contains("review.deadline: 2025-03-31 → 2025-04-14")
                .doesNotContain("WHAT-IF");
    }

    @Test
    void impactWithJsonShouldPrintTheServersReport() throws IOException {
        Path candidate = copyWithT01ReviewDays(15);

        assertThat(run("impact", REPO.toString(), candidate.toString(), "--requests", export().toString(), "--json")).isZero();

        JsonNode report = JSON.readTree(out.toString(StandardCharsets.UTF_8)).get("report");
        assertThat(report.get("compared").asLong()).isEqualTo(5);
        assertThat(report.get("changed").asLong()).isEqualTo(3);
        assertThat(report.get("byField").get("review.deadline").asLong()).isEqualTo(3);
        assertThat(report.get("examples")).hasSize(3);
        assertThat(report.get("examples").get(0).get("decisionId").asString()).isEqualTo("d-5");
    }

    @Test
    void impactWhenTheFileIsNotAnAuditExportShouldExitTwoAndSaySo() throws IOException {
        Path notAnExport = Files.writeString(temp.resolve("complaints.csv"), "complaintId,receivedOn\r\nA,2025-03-19\r\n");

        assertThat(run("impact", REPO.toString(), REPO.toString(), "--requests", notAnExport.toString()))
                .isEqualTo(ShagymCli.MISUSE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not the audit's CSV export").contains("request");
    }

    @Test
    void impactWithoutTheRequestsFlagShouldExitTwo() {
        assertThat(run("impact", REPO.toString(), REPO.toString())).isEqualTo(ShagymCli.MISUSE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("impact needs --requests");
    }

    /**
     * The export as the audit writes it (DecisionCsv: a byte-order mark, CRLF, JSON quoted): three complaints
     * to the service provider (T01), two to the informatization body (T06), and one what-if, which is skipped.
     */
    private Path export() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("\uFEFF" + HEADER);
        for (int seq = 1; seq <= 6; seq++) {
            boolean provider = seq % 2 == 1 || seq == 6;
            boolean whatIf = seq == 6;
            ComplaintFacts facts = provider
                    ? new ComplaintFacts(whatIf ? "WHAT-IF" : "P-" + seq, null, Respondent.SERVICE_PROVIDER, Subject.DECISION,
                            Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null)
                    : new ComplaintFacts("I-" + seq, null, Respondent.STATE_CORPORATION_EMPLOYEE, Subject.ACTION,
                            Body.INFORMATIZATION_BODY, LocalDate.of(2025, 3, 19), null, null, false, null);
            String request = "\"" + JSON.writeValueAsString(facts).replace("\"", "\"\"") + "\"";
            lines.add(String.join(",", Integer.toString(seq), "d-" + seq, "2025-03-19T05:00:0" + seq + "Z", "client",
                    Boolean.toString(whatIf), "v1", facts.complaintId(), request, "\"{}\"", "\"[]\"", "0".repeat(64),
                    Integer.toString(seq).repeat(64)));
        }
        return Files.writeString(temp.resolve("decisions.csv"), String.join("\r\n", lines) + "\r\n");
    }

    private Path copyWithT01ReviewDays(int days) throws IOException {
        Path copy = temp.resolve("candidate");
        for (String folder : List.of("rules", "decision-tables")) {
            try (Stream<Path> files = Files.list(REPO.resolve(folder))) {
                Files.createDirectories(copy.resolve(folder));
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Path timeLimits = copy.resolve("decision-tables/time-limits.drl.xlsx");
        try (InputStream in = Files.newInputStream(timeLimits); Workbook workbook = WorkbookFactory.create(in)) {
            CellReference d4 = new CellReference("D4");
            workbook.getSheet("TimeLimits").getRow(d4.getRow()).getCell(d4.getCol()).setCellValue(days);
            try (OutputStream file = Files.newOutputStream(timeLimits)) {
                workbook.write(file);
            }
        }
        return copy;
    }
}
