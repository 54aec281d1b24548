package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.Test;

class FileViewsTest {

    private final FileViews views = new FileViews(new SheetGrids(300, 30));

    private static TableProblem problem(String code, String file, String sheet, String cell, Integer line) {
        return new TableProblem(code, file, sheet, cell, line, "сообщение", "хабарлама", "message");
    }

    private static Map<String, byte[]> set() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("decision-tables/routing.drl.xlsx", Files.readAllBytes(Path.of("decision-tables/routing.drl.xlsx")));
        files.put("decision-tables/time-limits.drl.xlsx", Files.readAllBytes(Path.of("decision-tables/time-limits.drl.xlsx")));
        files.put("rules/decision.drl", Files.readAllBytes(Path.of("rules/decision.drl")));
        return files;
    }

    @Test
    void placeShouldPutACellProblemOnItsGridAndAProblemWithoutACellAboveItsFile() throws IOException {
        TableProblem onCell = problem("SHG-TBL-024", "routing.drl.xlsx", "Routing", "B4", null);
        TableProblem noSheet = problem("SHG-TBL-005", "routing.drl.xlsx", null, null, null);

        FileViews.Placed placed = views.place(set(), List.of(), List.of(onCell, noSheet));

        assertThat(placed.files()).extracting(FileView::path).containsExactly("decision-tables/routing.drl.xlsx");
        FileView routing = placed.files().get(0);
        assertThat(routing.problems()).containsExactly(onCell, noSheet);
        assertThat(routing.fileProblems()).containsExactly(noSheet);
        assertThat(placed.unplaced()).isEmpty();
        assertThat(placed.total()).isEqualTo(2);
    }

    @Test
    void placeShouldShowTheFilesAskedForEvenWithoutProblemsAndARuleFileByItsPath() throws IOException {
        TableProblem drl = problem("SHG-DRL-001", "rules/decision.drl", null, null, 12);

        FileViews.Placed placed = views.place(set(), List.of("decision-tables/time-limits.drl.xlsx"), List.of(drl));

        assertThat(placed.files()).extracting(FileView::path)
                .containsExactly("decision-tables/time-limits.drl.xlsx", "rules/decision.drl");
        assertThat(placed.files().get(1).workbook()).isFalse();
        assertThat(placed.files().get(1).fileProblems()).containsExactly(drl);
    }

    @Test
    void placeWhenAProblemNamesAFileNotInTheSetShouldKeepItForTheTopOfThePage() throws IOException {
        TableProblem missing = problem("SHG-TBL-004", "court-exceptions.drl.xlsx", null, null, null);

        FileViews.Placed placed = views.place(set(), List.of(), List.of(missing));

        assertThat(placed.files()).isEmpty();
        assertThat(placed.unplaced()).containsExactly(missing);
    }
}
