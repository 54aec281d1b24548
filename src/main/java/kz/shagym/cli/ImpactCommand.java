package kz.shagym.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.shagym.audit.DecisionCsvReader;
import kz.shagym.impact.ImpactAnalysis;
import kz.shagym.impact.ImpactReport;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;

/**
 * {@code impact}: the server's impact report, for two rule-set folders and the audit's CSV export
 * ({@code decisions.csv}, from the workbench's audit page or {@code GET /api/v1/decisions} with
 * {@code Accept: text/csv}). Each request is decided under the first folder (what is active) and the
 * second (the candidate), nothing is recorded. Changes are not failures: exit 0, as {@code diff}; exit 1
 * when a folder does not build.
 */
final class ImpactCommand {

    /** The JSON answer. */
    record ImpactRun(String command, String active, String candidate, String requests, ImpactReport report) {
    }

    private final PrintStream out;

    ImpactCommand(PrintStream out) {
        this.out = out;
    }

    int run(RuleSetFolder active, RuleSetFolder candidate, Path requests, boolean json) throws CliArguments.UsageError {
        if (!Files.isRegularFile(requests)) {
            throw new CliArguments.UsageError("файл не найден: " + requests + " / file not found");
        }
        CompiledRuleSet before = build(active, json);
        CompiledRuleSet after = build(candidate, json);
        if (before == null || after == null) {
            return ShagymCli.FINDINGS;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ImpactReport report;
        try (Reader in = Files.newBufferedReader(requests, StandardCharsets.UTF_8)) {
            ImpactAnalysis.Run run = new ImpactAnalysis(before, after, pool, threads, 50).start();
            DecisionCsvReader.read(in, run);
            report = run.finish();
        } catch (DecisionCsvReader.NotAnExport e) {
            throw new CliArguments.UsageError("это не выгрузка журнала аудита (decisions.csv) / not the audit's CSV"
                    + " export: " + e.getMessage());
        } catch (IOException e) {
            throw new CliArguments.UsageError("файл не читается: " + requests + " / file cannot be read: " + e.getMessage());
        } finally {
            pool.shutdownNow();
        }
        if (json) {
            Json.print(out, new ImpactRun("impact", active.path().toString(), candidate.path().toString(),
                    requests.toAbsolutePath().toString(), report));
        } else {
            new ImpactText(out).print(active, candidate, requests, report);
        }
        return ShagymCli.CLEAN;
    }

    private CompiledRuleSet build(RuleSetFolder folder, boolean json) {
        BuildResult result = new RuleSetBuilder().build(folder.source());
        if (result instanceof BuildResult.Built built) {
            return built.ruleSet();
        }
        if (json) {
            Json.print(out, new ValidateFailure("impact", folder.path().toString(), result.versionId(),
                    ((BuildResult.Rejected) result).problems().size()));
        } else {
            ValidateCommand.header(out, "Последствия / Impact: набор не построен / the set does not build", folder,
                    result.versionId());
            ProblemList.print(out, ((BuildResult.Rejected) result).problems());
        }
        return null;
    }

    /** In JSON, a folder that did not build: run {@code validate} on it for its problems. */
    record ValidateFailure(String command, String folder, String versionId, int problems) {
    }

    /** The report as text: counts, rows, then each example's changed fields with both values. */
    private record ImpactText(PrintStream out) {

        void print(RuleSetFolder active, RuleSetFolder candidate, Path requests, ImpactReport report) {
            out.println("Последствия / Impact");
            out.println("  Действующий / Active:    " + active.describe() + "  " + report.activeVersion());
            out.println("  Кандидат / Candidate:    " + candidate.describe() + "  " + report.candidateVersion());
            out.println("  Запросы / Requests:      " + requests.toAbsolutePath());
            out.println();
            out.println("Сравнено / compared: " + report.compared() + ", изменилось бы / changed: " + report.changed()
                    + (report.unreadable() > 0 ? ", не прочитано / unreadable: " + report.unreadable() : ""));
            out.println();
            TextTable fields = new TextTable("Поле / Field", "Изменилось / Changed");
            report.byField().forEach((field, count) -> fields.row(field, Long.toString(count)));
            fields.print(out, "");
            rows("Строки, на которые стали бы ссылаться / Rows gained", report.rowsGained());
            rows("Строки, на которые перестали бы ссылаться / Rows lost", report.rowsLost());
            if (!report.examples().isEmpty()) {
                out.println();
                out.println("Примеры (сначала с изменившимся полем, новые первыми) / Examples (a changed field first, newest first): " + report.examples().size());
                for (ImpactReport.Example e : report.examples()) {
                    out.println("  " + e.decisionId() + "  " + (e.request().complaintId() == null ? "—" : e.request().complaintId())
                            + "  " + e.request().receivedOn() + "  " + (e.fields().isEmpty() ? List.of(ImpactReport.OTHER) : e.fields()));
                    for (String field : e.fields()) {
                        out.println("      " + field + ": " + value(e.active(), e.activeProblem(), field) + " → "
                                + value(e.candidate(), e.candidateProblem(), field));
                    }
                }
            }
        }

        private void rows(String title, List<ImpactReport.RowCount> rows) {
            out.println();
            out.println(title + ": " + (rows.isEmpty() ? "нет / none" : ""));
            if (!rows.isEmpty()) {
                TextTable table = new TextTable("Строка или правило / Row or rule", "Жалоб / Requests");
                rows.forEach(r -> table.row(r.rule(), Long.toString(r.count())));
                table.print(out, "  ");
            }
        }

        private static String value(kz.shagym.decision.Decision d, String problem, String field) {
            if (d == null) {
                return "outcome".equals(field) ? problem : "—";
            }
            Object value = switch (field) {
                case "outcome" -> d.outcome();
                case "reviewingBody" -> d.reviewingBody();
                case "forwarding.deadline" -> d.forwarding() == null ? null : d.forwarding().deadline();
                case "review.workingDays" -> d.review() == null ? null : d.review().workingDays();
                case "review.deadline" -> d.review() == null ? null : d.review().deadline();
                case "court.allowed" -> d.court() == null ? null : d.court().allowed();
                default -> d.warnings().stream().map(w -> w.rowId() == null ? w.code() : w.code() + " " + w.rowId()).toList();
            };
            return value == null ? "—" : value.toString();
        }
    }
}
