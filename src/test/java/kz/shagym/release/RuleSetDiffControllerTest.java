package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.web.WebConfiguration;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(RuleSetDiffController.class)
@Import(WebConfiguration.class)
class RuleSetDiffControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @Test
    @WithMockUser(roles = "AUDITOR")
    void diffWhenOneReviewPeriodChangedShouldNameTheRowTheCellAndBothValues() throws Exception {
        RuleSetSource before = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        RuleSetSource after = before.with("decision-tables/time-limits.drl.xlsx",
                withCell(Files.readAllBytes(Path.of("decision-tables/time-limits.drl.xlsx")), "TimeLimits", 8, 3, 6));
        given(releases.source("a")).willReturn(Optional.of(before));
        given(releases.source("b")).willReturn(Optional.of(after));

        assertThat(mvc.get().uri("/api/v1/rulesets/a/diff/b")).hasStatusOk().bodyJson()
                .satisfies(json -> assertThat(json.getJson())
                        .contains("decision-tables/time-limits.drl.xlsx")
                        .contains("T06").contains("\"oldValue\":\"5\"").contains("\"newValue\":\"6\""));
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void diffWhenAVersionIsUnknownShouldAnswer404Problem() {
        given(releases.source("nope")).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/rulesets/nope/diff/nope")).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-RULESET-404");
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void diffWhenTheCallerIsAClientShouldBeForbidden() {
        assertThat(mvc.get().uri("/api/v1/rulesets/a/diff/b")).hasStatus(403);
    }

    private static byte[] withCell(byte[] xlsx, String sheet, int row, int column, int value) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getSheet(sheet).getRow(row).getCell(column).setCellValue(value);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
