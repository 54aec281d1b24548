package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.Test;

class SheetGridsTest {

    private static final TableProblem B4 = problem("Routing", "B4");

    private static byte[] routingWithMinistryInB4() throws IOException {
        return TableEdits.edit(Files.readAllBytes(Path.of("decision-tables/routing.drl.xlsx")),
                Map.of("Routing!B4", "MINISTRY"));
    }

    private static TableProblem problem(String sheet, String cell) {
        return new TableProblem("SHG-TBL-024", "routing.drl.xlsx", sheet, cell, null,
                "«MINISTRY» — недопустимое значение", "«MINISTRY» — жарамсыз мән", "'MINISTRY' is not allowed");
    }

    @Test
    void readWhenACellHasAProblemShouldMarkThatCellOnlyAndListItBesideItsRow() throws IOException {
        List<Grid> grids = new SheetGrids(300, 30).read(routingWithMinistryInB4(), List.of(B4), Map.of());

        Grid routing = grids.get(0);
        assertThat(routing.sheet()).isEqualTo("Routing");
        Grid.Row row4 = routing.rows().get(3);
        assertThat(row4.number()).isEqualTo(4);
        Grid.Cell b4 = row4.cells().get(1);
        assertThat(b4.ref()).isEqualTo("B4");
        assertThat(b4.text()).isEqualTo("MINISTRY");
        assertThat(b4.problems()).containsExactly(B4);
        assertThat(row4.badCells()).containsExactly(b4);
        assertThat(routing.rows().stream().flatMap(r -> r.cells().stream()).filter(Grid.Cell::bad)).hasSize(1);
        assertThat(routing.outside()).isEmpty();
    }

    @Test
    void readShouldShowCellsAsExcelShowsThemAndEverySheet() throws IOException {
        List<Grid> grids = new SheetGrids(300, 30).read(routingWithMinistryInB4(), List.of(), Map.of());

        assertThat(grids).extracting(Grid::sheet).containsExactly("Routing", "Пояснения (Notes)");
        Grid routing = grids.get(0);
        assertThat(routing.columns()).startsWith("A", "B", "C");
        assertThat(routing.rows().get(2).cells().get(0).text()).isEqualTo("№ правила (id)");
        assertThat(routing.rows().get(3).cells().get(8).text()).isEqualTo("3");
    }

    @Test
    void readWhenTheProblemCellIsBeyondTheShownRowsShouldListItOutsideTheGrid() throws IOException {
        TableProblem far = problem("Routing", "B40");

        Grid routing = new SheetGrids(10, 30).read(routingWithMinistryInB4(), List.of(B4, far), Map.of()).get(0);

        assertThat(routing.rows()).hasSize(10);
        assertThat(routing.moreRows()).isTrue();
        assertThat(routing.outside()).containsExactly(far);
        assertThat(routing.problems()).containsExactly(B4, far);
    }

    @Test
    void readWhenTheProblemNamesAColumnPastTheLastShouldWidenTheGridToShowIt() throws IOException {
        TableProblem header = problem("Routing", "R3");

        Grid routing = new SheetGrids(300, 30).read(routingWithMinistryInB4(), List.of(header), Map.of()).get(0);

        assertThat(routing.columns()).endsWith("R");
        assertThat(routing.rows().get(2).badCells()).extracting(Grid.Cell::ref).containsExactly("R3");
    }

    @Test
    void readWhenACellChangedShouldMarkItWithTheOldValue() throws IOException {
        Grid routing = new SheetGrids(300, 30).read(routingWithMinistryInB4(), List.of(),
                Map.of("Routing!B4", "SERVICE_PROVIDER")).get(0);

        Grid.Cell b4 = routing.rows().get(3).cells().get(1);
        assertThat(b4.changed()).isTrue();
        assertThat(b4.was()).isEqualTo("SERVICE_PROVIDER");
        assertThat(routing.rows().get(3).cells().get(0).changed()).isFalse();
    }

    @Test
    void readWhenTheBytesAreNotAWorkbookShouldGiveNoGridsRatherThanFail() {
        byte[] csv = "id;respondent\nR01;MINISTRY\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new SheetGrids(300, 30).read(csv, List.of(B4), Map.of())).isEmpty();
    }
}
