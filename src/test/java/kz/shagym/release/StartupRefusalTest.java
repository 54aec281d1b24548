package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import kz.shagym.ShagymApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** A first start on folders with a bad table must not start, and must say which cells to fix. */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalTest {

    @TempDir
    Path dir;

    @Test
    void firstStartWhenATableHasABadCellShouldRefuseAndPrintTheCellsNotAStackTrace(CapturedOutput output) throws IOException {
        Path rules = copy(Path.of("rules"), dir.resolve("rules"));
        Path tables = copy(Path.of("decision-tables"), dir.resolve("decision-tables"));
        Files.copy(Path.of("src/test/resources/tables/routing-several-problems.drl.xlsx"),
                tables.resolve("routing.drl.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ShagymApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + "/shagym",
                        "--shagym.rules.rules-dir=" + rules, "--shagym.rules.tables-dir=" + tables,
                        "--shagym.release.watch-folders=false")
                .close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(RuleSetRejectedAtStartup.class);
        RuleSetRejectedAtStartup refused = (RuleSetRejectedAtStartup) NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(refused.problems()).extracting(p -> p.cell()).containsExactlyInAnyOrder("B4", "H5", "A6", "G8");
        assertThat(output.getOut() + output.getErr())
                .contains("Набор правил не принят")
                .contains("routing.drl.xlsx › Routing › B4")
                .contains("[SHG-TBL-024]");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
