package kz.shagym.printout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import kz.shagym.release.Releases;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.web.WebConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The printouts over the API: read as versions are read, problems as RFC 9457 documents with the feature's codes. */
@WebMvcTest(PrintoutController.class)
@Import({WebConfiguration.class, Printouts.class})
class PrintoutControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @MockitoBean
    RuleSetRegistry registry;

    @Test
    @WithMockUser(roles = "AUDITOR")
    void documentShouldBeAPdfOfEveryTableNamingTheVersionOnItsPages() throws IOException {
        ShippedVersion.storedAs(VersionState.ACTIVE, releases, registry);

        MvcTestResult result = mvc.get().uri("/api/v1/rulesets/{id}/document.pdf?lang=kk", ShippedVersion.id()).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains(ShippedVersion.id().substring(0, 12) + "-kk.pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(ShippedVersion.id(), "R22", "T06", "S01", "COUNTING_CONVENTION", "первый ввод",
                    pdf.getNumberOfPages() + " беттің 1-беті");
        }
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void printableTableShouldBeTheStoredRowsUnderTheStoredNameWithRulesAndTheVersionInTheFooter() throws IOException {
        ShippedVersion.storedAs(VersionState.DRAFT, releases, registry);

        MvcTestResult result = mvc.get().uri("/api/v1/rulesets/{id}/printable/decision-tables/time-limits.drl.xlsx",
                ShippedVersion.id()).exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"time-limits.drl.xlsx\"");
        try (XSSFWorkbook workbook = ServedWorkbooks.open(result.getResponse().getContentAsByteArray())) {
            XSSFSheet sheet = workbook.getSheet("TimeLimits");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("T01");
            assertThat(sheet.getDataValidations()).isNotEmpty();
            assertThat(sheet.getOddFooter().getCenter()).contains("Версия " + ShippedVersion.id());
        }
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void printableWhenThePathIsARuleFileShouldAnswer404WithTheFeaturesCode() {
        ShippedVersion.storedAs(VersionState.ACTIVE, releases, registry);

        assertThat(mvc.get().uri("/api/v1/rulesets/{id}/printable/rules/decision.drl", ShippedVersion.id()))
                .hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("SHG-PRINT-404");
    }

    @Test
    @WithMockUser(roles = "APPROVER")
    void documentOfARejectedVersionShouldAnswer409() {
        ShippedVersion.storedAs(VersionState.REJECTED, releases, registry);

        assertThat(mvc.get().uri("/api/v1/rulesets/{id}/document.pdf", ShippedVersion.id()))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("SHG-PRINT-409");
    }

    @Test
    @WithMockUser(roles = "AUDITOR")
    void documentOfAnUnknownVersionShouldAnswer404() {
        assertThat(mvc.get().uri("/api/v1/rulesets/nope/document.pdf")).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("SHG-RULESET-404");
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void documentWhenTheCallerIsAClientShouldBeForbidden() {
        assertThat(mvc.get().uri("/api/v1/rulesets/{id}/document.pdf", ShippedVersion.id())).hasStatus(403);
    }
}
