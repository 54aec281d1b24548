package kz.shagym.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line against the shipped folders and against copies with one cell changed. */
class ShagymCliTest {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ShagymCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    // --- validate

    @Test
    void validateWhenTheShippedFolderIsGivenShouldExitZero() {
        assertThat(run("validate", REPO.toString())).isZero();
        assertThat(out()).contains("Всё в порядке").contains("Clean").contains("(rules/ + decision-tables/)");
        assertThat(err()).isEmpty();
    }

    @Test
    void validateWhenARoutingCellIsBrokenShouldExitOneAndNameFileSheetAndCell() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/routing.drl.xlsx"), "Routing", "F4", "NONSENSE");

        assertThat(run("validate", copy.toString())).isEqualTo(ShagymCli.FINDINGS);

        assertThat(out()).contains("Найдено проблем: 1")
                .containsPattern("(?m)^routing\\.drl\\.xlsx › Routing › F4: «NONSENSE» — недопустимое значение\\. .*\\[SHG-TBL-024]$")
                .contains("    en: 'NONSENSE' is not allowed.");
    }

    @Test
    void validateWithJsonWhenACellIsBrokenShouldPrintOnlyJsonWithTheProblem() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/routing.drl.xlsx"), "Routing", "F4", "NONSENSE");

        assertThat(run("validate", copy.toString(), "--json")).isEqualTo(ShagymCli.FINDINGS);

        JsonNode answer = json(out());
        assertThat(answer.get("valid").asBoolean()).isFalse();
        assertThat(answer.get("versionId").asString()).hasSize(64);
        JsonNode problem = answer.get("problems").get(0);
        assertThat(problem.get("code").asString()).isEqualTo("SHG-TBL-024");
        assertThat(problem.get("file").asString()).isEqualTo("routing.drl.xlsx");
        assertThat(problem.get("sheet").asString()).isEqualTo("Routing");
        assertThat(problem.get("cell").asString()).isEqualTo("F4");
        assertThat(problem.get("messageRu").asString()).contains("NONSENSE");
    }

    @Test
    void validateWhenTablesAndRulesLieSideBySideShouldReadThemAsOneSet() throws IOException {
        Path flat = Files.createDirectory(temp.resolve("flat"));
        for (String dir : List.of("rules", "decision-tables")) {
            try (Stream<Path> files = Files.list(REPO.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, flat.resolve(f.getFileName()));
                }
            }
        }

        assertThat(run("validate", flat.toString())).isZero();
        assertThat(out()).contains("files side by side").contains("Всё в порядке");
    }

    // --- test

    @Test
    void testWhenTheShippedFolderIsGivenShouldPassEveryScenario() {
        assertThat(run("test", REPO.toString())).isZero();
        assertThat(out()).contains("прошли / passed: 35").contains("Все примеры прошли").doesNotContain("НЕ ПРОШЁЛ");
    }

    @Test
    void testWhenAnExpectationIsWrongShouldExitOneAndShowExpectedAgainstActual() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/scenarios.xlsx"), "Scenarios", "Q9", 16);

        assertThat(run("test", copy.toString())).isEqualTo(ShagymCli.FINDINGS);

        assertThat(out()).contains("прошли / passed: 34, не прошли / failed: 1")
                .containsPattern("(?m)^S06 +9 +НЕ ПРОШЁЛ / FAILED")
                .containsPattern("(?m)^ {4}Q9 +Ожидается: срок рассмотрения, дней \\(expectReviewWorkingDays\\) +16 +15$");
    }

    @Test
    void testWithJsonShouldPrintTheScenarioReport() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/scenarios.xlsx"), "Scenarios", "Q9", 16);

        assertThat(run("test", copy.toString(), "--json")).isEqualTo(ShagymCli.FINDINGS);

        JsonNode report = json(out()).get("report");
        assertThat(report.get("total").asInt()).isEqualTo(35);
        assertThat(report.get("passed").asInt()).isEqualTo(34);
        JsonNode failed = report.get("results").get(5);
        assertThat(failed.get("id").asString()).isEqualTo("S06");
        assertThat(failed.get("passed").asBoolean()).isFalse();
        assertThat(failed.get("mismatches").get(0).get("cell").asString()).isEqualTo("Q9");
        assertThat(failed.get("mismatches").get(0).get("expected").asString()).isEqualTo("16");
        assertThat(failed.get("mismatches").get(0).get("actual").asString()).isEqualTo("15");
    }

    @Test
    void testWhenTheSetDoesNotBuildShouldExitOneWithTheProblemsAndRunNoScenario() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/routing.drl.xlsx"), "Routing", "F4", "NONSENSE");

        assertThat(run("test", copy.toString())).isEqualTo(ShagymCli.FINDINGS);

        assertThat(out()).contains("routing.drl.xlsx › Routing › F4").contains("Scenarios not run");
    }

    @Test
    void testWhenScenariosLeaveRowsUnreachedShouldListThemAndStillExitZero() throws IOException {
        Path copy = copyOfRepo();
        Files.copy(Path.of("src/test/resources/scenarios/scenarios-reaching-seven-rows.xlsx"),
                copy.resolve("decision-tables/scenarios.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("test", copy.toString())).isZero();

        assertThat(out()).contains("Table rows no scenario reaches: 21")
                .containsPattern("(?m)^ {4}decision-tables/routing\\.drl\\.xlsx +Routing +5 +R02 *$")
                .containsPattern("(?m)^ {4}decision-tables/time-limits\\.drl\\.xlsx +TimeLimits +9 +T06 *$")
                .containsPattern("(?m)^ {4}.+ — Routing row 16 \\(R13\\), Routing row 17 \\(R14\\), Routing row 22 \\(R19\\), "
                        + "Routing row 23 \\(R20\\), Routing row 24 \\(R21\\), Routing row 25 \\(R22\\)$")
                .doesNotContainPattern("(?m)^ {4}decision-tables/routing\\.drl\\.xlsx +Routing +4 +R01");
    }

    @Test
    void testWithJsonShouldListTheUncoveredRows() throws IOException {
        Path copy = copyOfRepo();
        Files.copy(Path.of("src/test/resources/scenarios/scenarios-reaching-seven-rows.xlsx"),
                copy.resolve("decision-tables/scenarios.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(run("test", copy.toString(), "--json")).isZero();

        JsonNode rows = json(out()).at("/report/uncoveredRows");
        assertThat(rows.valueStream().map(r -> r.get("id").asString())).containsExactly(
                "R02", "R03", "R04", "R06", "R07", "R09", "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R18",
                "R19", "R20", "R21", "R22", "T02", "T05", "T06");
        assertThat(rows.get(0).get("file").asString()).isEqualTo("decision-tables/routing.drl.xlsx");
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(json(out()).at("/report/uncoveredLegalBases").isArray()).isTrue();
    }

    // --- diff

    @Test
    void diffWhenBothFoldersHoldTheSameSetShouldSayIdentical() throws IOException {
        assertThat(run("diff", REPO.toString(), copyOfRepo().toString())).isZero();
        assertThat(out()).contains("Наборы совпадают. / The rule sets are identical.");
    }

    @Test
    void diffWhenACellChangedShouldExitZeroAndShowTheRowAndBothValues() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/routing.drl.xlsx"), "Routing", "G4", "QUALITY_CONTROL_BODY");
        Files.writeString(copy.resolve("rules/decision.drl"), "// reviewed\n", StandardOpenOption.APPEND);

        assertThat(run("diff", REPO.toString(), copy.toString())).isZero();

        assertThat(out()).contains("Файлы / Files: изменено / changed 2")
                .contains("~ decision-tables/routing.drl.xlsx — изменён / changed")
                .contains("    ~ R01 (строка / row 4) изменена / changed")
                .contains("        Кто рассматривает (reviewingBody) [G4]: «HIGHER_BODY» → «QUALITY_CONTROL_BODY»")
                .contains("~ rules/decision.drl — изменён / changed (+1 −0)")
                .contains("    +// reviewed");
    }

    @Test
    void diffWithJsonShouldPrintTheRuleSetDiff() throws IOException {
        Path copy = copyOfRepo();
        editCell(copy.resolve("decision-tables/routing.drl.xlsx"), "Routing", "G4", "QUALITY_CONTROL_BODY");

        assertThat(run("--json", "diff", REPO.toString(), copy.toString())).isZero();

        JsonNode diff = json(out());
        assertThat(diff.get("summary").get("rowsChanged").asInt()).isEqualTo(1);
        assertThat(diff.get("files").findValuesAsString("path")).contains("decision-tables/routing.drl.xlsx");
    }

    // --- misuse

    @Test
    void runWhenTheCommandIsUnknownShouldExitTwoWithUsage() {
        assertThat(run("valdate", ".")).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("неизвестная команда «valdate»").contains("Использование / Usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void runWhenTheFolderDoesNotExistShouldExitTwo() {
        assertThat(run("validate", temp.resolve("nowhere").toString())).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("папка не найдена").contains("folder not found");
    }

    @Test
    void runWhenAFlagIsUnknownShouldExitTwo() {
        assertThat(run("test", REPO.toString(), "--xml")).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("unknown flag '--xml'");
    }

    @Test
    void runWhenTheNumberOfFoldersIsWrongShouldExitTwo() {
        assertThat(run("diff", REPO.toString())).isEqualTo(ShagymCli.MISUSE);
        assertThat(run("validate")).isEqualTo(ShagymCli.MISUSE);
        assertThat(run("test", ".", ".")).isEqualTo(ShagymCli.MISUSE);
        assertThat(run()).isEqualTo(ShagymCli.MISUSE);
    }

    @Test
    void verifyAuditWhenTheDatabaseOrAFlagValueIsMissingShouldExitTwo() {
        assertThat(run("verify-audit", "--checkpoints", temp.toString())).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("verify-audit needs --db");
        assertThat(run("verify-audit", "--checkpoints", temp.toString(), "--db")).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("flag '--db' needs a value");
    }

    @Test
    void verifyAuditFlagsShouldBeRefusedByTheOtherCommands() {
        assertThat(run("validate", REPO.toString(), "--db", "jdbc:h2:mem:x")).isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("unknown flag '--db'");
    }

    @Test
    void verifyAuditWhenTheDatabaseCannotBeReachedShouldExitTwoAndSaySo() {
        assertThat(run("verify-audit", "--db=jdbc:postgresql://127.0.0.1:1/none", "--checkpoints", temp.toString()))
                .isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("no public key file").doesNotContain("Usage:");
        KeyPair pair = generateEd25519();
        writePem(temp.resolve("public-key.pem"), pair.getPublic().getEncoded());
        assertThat(run("verify-audit", "--db=jdbc:postgresql://127.0.0.1:1/none", "--checkpoints", temp.toString()))
                .isEqualTo(ShagymCli.MISUSE);
        assertThat(err()).contains("cannot read the audit log of the database");
        assertThat(ShagymCli.handles("verify-audit", "--db", "x")).isTrue();
    }

    @Test
    void helpShouldPrintUsageAndExitZero() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("validate <папка>").contains("verify-audit --db <jdbc-url>").contains("Exit codes");
    }

    @Test
    void onlyWordsAreForTheCommandLineSpringOptionsStartTheServer() {
        assertThat(ShagymCli.handles("validate", ".")).isTrue();
        assertThat(ShagymCli.handles("valdate")).isTrue();
        assertThat(ShagymCli.handles("--help")).isTrue();
        assertThat(ShagymCli.handles("--json", "diff", "a", "b")).isTrue();
        assertThat(ShagymCli.handles("--server.port=0")).isFalse();
        assertThat(ShagymCli.handles()).isFalse();
    }

    // --- fixtures

    private static KeyPair generateEd25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, byte[] der) {
        try {
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + Base64.getEncoder().encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path copyOfRepo() throws IOException {
        Path root = Files.createDirectories(temp.resolve("copy-" + System.nanoTime()));
        for (String dir : List.of("rules", "decision-tables")) {
            Path target = Files.createDirectory(root.resolve(dir));
            try (Stream<Path> files = Files.list(REPO.resolve(dir))) {
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return root;
    }

    private static void editCell(Path xlsx, String sheet, String ref, Object value) throws IOException {
        editWorkbook(xlsx, sheet, s -> {
            CellReference r = new CellReference(ref);
            Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
            Cell cell = row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        });
    }

    /** Opened from bytes, not from the file: POI writes a workbook opened from a File back on close. */
    private static void editWorkbook(Path xlsx, String sheet, Consumer<Sheet> change) throws IOException {
        byte[] bytes = Files.readAllBytes(xlsx);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
                ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheet(sheet));
            workbook.write(buffer);
            Files.write(xlsx, buffer.toByteArray());
        }
    }
}
