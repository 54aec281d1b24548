package kz.shagym.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ComplaintFacts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What rows' periods of force cost a decision, one thread: the shipped tables ({@code none}: no period
 * columns); every routing and time-limits row with both bounds ({@code bounded}: each row compares the
 * law date twice); every such row amended ({@code amended}: closed on 2025-06-30 and copied, in force from
 * 2025-07-01, so twice the rows, both in use by the mix of 2024–2026 complaints).
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="RowsInForceBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
public class RowsInForceBenchmark {

    private static final LocalDate AMENDED_ON = LocalDate.of(2025, 7, 1);

    @Param({"none", "bounded", "amended"})
    public String tables;

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private CompiledRuleSet ruleSet;
    private ComplaintFacts[] complaints;
    private int next;

    @Setup(Level.Trial)
    public void buildRuleSetOnce() {
        RuleSetSource source = ShippedRules.source();
        if (!tables.equals("none")) {
            boolean amend = tables.equals("amended");
            source = source.with("decision-tables/routing.drl.xlsx", withPeriods(source.file("decision-tables/routing.drl.xlsx"), amend))
                    .with("decision-tables/time-limits.drl.xlsx", withPeriods(source.file("decision-tables/time-limits.drl.xlsx"), amend));
        }
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new IllegalStateException(tables + " rejected: " + rejected.problems());
        }
        ruleSet = ((BuildResult.Built) result).ruleSet();
        complaints = ComplaintMix.of(ruleSet, 512);
    }

    @Benchmark
    @Threads(1)
    public Decision decideOnOneThread() {
        next = (next + 1) % complaints.length;
        return evaluator.evaluate(ruleSet, complaints[next]);
    }

    /** The first sheet with the period columns after the last column; each row bounded, or amended. */
    private static byte[] withPeriods(byte[] xlsx, boolean amend) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            int from = header.getLastCellNum();
            header.createCell(from).setCellValue("Действует с (validFrom)");
            header.createCell(from + 1).setCellValue("Действует по (validTo)");
            int last = sheet.getLastRowNum();
            for (int r = 3; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (amend) {
                    Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
                    row.forEach(cell -> copy(cell, copy.createCell(cell.getColumnIndex())));
                    copy.getCell(0).setCellValue(row.getCell(0).getStringCellValue() + "A");
                    copy.createCell(from).setCellValue(AMENDED_ON.toString());
                    row.createCell(from + 1).setCellValue(AMENDED_ON.minusDays(1).toString());
                } else {
                    row.createCell(from).setCellValue("2000-01-01");
                    row.createCell(from + 1).setCellValue("2100-12-31");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Cell from, Cell to) {
        if (from.getCellType() == CellType.NUMERIC) {
            to.setCellValue(from.getNumericCellValue());
        } else if (from.getCellType() == CellType.BOOLEAN) {
            to.setCellValue(from.getBooleanCellValue());
        } else {
            to.setCellValue(from.getStringCellValue());
        }
    }
}
