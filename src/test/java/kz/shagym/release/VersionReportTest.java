package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VersionReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TableProblem problem(int column) {
        return new TableProblem("SHG-TBL-011", "routing.drl.xlsx", "Routing", "C" + column, null, "ru", "kk", "en");
    }

    @Test
    void reportWithMoreThan200ProblemsShouldKeepTheFirst200AndTheTotal() {
        List<TableProblem> many = IntStream.range(0, 16_000).mapToObj(VersionReportTest::problem).toList();

        VersionReport report = new VersionReport(many, null);

        assertThat(report.problems()).hasSize(200).startsWith(problem(0)).endsWith(problem(199));
        assertThat(report.totalProblems()).isEqualTo(16_000);
        assertThat(report.problemsCapped()).isTrue();
        assertThat(report.accepted()).isFalse();
        VersionReport stored = JSON.readValue(JSON.writeValueAsString(report), VersionReport.class);
        assertThat(stored.problems()).hasSize(200);
        assertThat(stored.totalProblems()).isEqualTo(16_000);
    }

    @Test
    void reportStoredBeforeTheTotalExistedShouldCountItsListedProblems() {
        String old = JSON.writeValueAsString(new VersionReport(List.of(problem(1), problem(2)), null))
                .replaceAll("\"totalProblems\":\\d+,?", "");

        VersionReport read = JSON.readValue(old, VersionReport.class);

        assertThat(read.totalProblems()).isEqualTo(2);
        assertThat(read.problemsCapped()).isFalse();
    }
}
