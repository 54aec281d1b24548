package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import kz.shagym.printout.Printouts;
import kz.shagym.printout.ShippedVersion;
import kz.shagym.release.Releases;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.web.WebConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(PrintController.class)
@Import({WebConfiguration.class, Printouts.class})
class PrintControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Releases releases;

    @MockitoBean
    RuleSetRegistry registry;

    @Test
    void printableTableShouldComeUnderItsOwnNameWithTheFooterInThePagesLanguage() throws Exception {
        ShippedVersion.storedAs(VersionState.ACTIVE, releases, registry);

        MvcTestResult result = mvc.get().uri("/workbench/versions/{id}/printable?path=decision-tables/routing.drl.xlsx&lang=kk",
                ShippedVersion.id()).with(user("auditor").roles("AUDITOR")).exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"routing.drl.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Routing").getOddFooter().getCenter()).contains("Нұсқа " + ShippedVersion.id());
            assertThat(workbook.getSheet("Routing").getRow(3).getCell(0).getStringCellValue()).isEqualTo("R01");
        }
    }

    @Test
    void documentShouldBeThePdfInThePagesLanguage() throws Exception {
        ShippedVersion.storedAs(VersionState.DRAFT, releases, registry);

        MvcTestResult result = mvc.get().uri("/workbench/versions/{id}/document.pdf", ShippedVersion.id())
                .with(user("approver").roles("APPROVER")).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Документ для утверждения", "черновик",
                    "Версия ещё не вводилась в действие.", "Стр. 1 из " + pdf.getNumberOfPages());
        }
    }

    @Test
    void printableOfARejectedVersionShouldShowTheErrorPageWith409() {
        ShippedVersion.storedAs(VersionState.REJECTED, releases, registry);

        assertThat(mvc.get().uri("/workbench/versions/{id}/printable?path=routing.drl.xlsx", ShippedVersion.id())
                .with(user("analyst").roles("ANALYST"))).hasStatus(409);
    }
}
