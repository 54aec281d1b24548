package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.shagym.printout.Printouts;
import kz.shagym.release.Releases;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.web.WebConfiguration;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(DownloadsController.class)
@Import({WebConfiguration.class, Printouts.class})
class DownloadsControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RuleSetRegistry registry;

    @MockitoBean
    Releases releases;

    private final RuleSetSource shipped = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));

    @BeforeEach
    void theShippedSetIsActive() {
        CompiledRuleSet active = mock(CompiledRuleSet.class);
        given(active.source()).willReturn(shipped);
        given(active.versionId()).willReturn(shipped.versionId());
        given(registry.active()).willReturn(active);
    }

    @Test
    void templateShouldBeAnEmptyTableWithItsHeaderRowsAndANotesSheet() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/downloads/templates/time_limits")
                .with(user("analyst").roles("ANALYST")).exchange();

        assertThat(result).hasStatusOk().hasHeader("Content-Disposition", "attachment; filename=\"time-limits.drl.xlsx\"");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheet("TimeLimits").getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("Срок рассмотрения, раб. дней (reviewWorkingDays)");
            assertThat(wb.getSheet("TimeLimits").getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheet("Пояснения (Notes)")).isNotNull();
        }
    }

    @Test
    void templateShouldRefuseOtherValuesAndPrintWithAFooterInThePagesLanguage() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/downloads/templates/routing?lang=kk")
                .with(user("analyst").roles("ANALYST")).exchange();

        assertThat(result).hasStatusOk();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet routing = wb.getSheet("Routing");
            assertThat(routing.getDataValidations()).isNotEmpty().allSatisfy(v -> assertThat(
                    v.getShowErrorBox() || v.getShowPromptBox()).isTrue());
            assertThat(routing.getDataValidations()).filteredOn(XSSFDataValidation::getShowErrorBox)
                    .allSatisfy(v -> assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP));
            assertThat(routing.getOddFooter().getRight()).contains("беттің");
            assertThat(routing.getOddFooter().getCenter()).contains("Үлгі, нұсқасы жоқ");
        }
    }

    @Test
    void activeSetShouldComeAsAZipLaidOutAsTheUploadTakesItBack() throws Exception {
        MvcTestResult result = mvc.get().uri("/workbench/downloads/active-set.zip").with(user("auditor").roles("AUDITOR")).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactlyElementsOf(shipped.files().keySet());
    }

    @Test
    void templateOfAnUnknownKindShouldAnswer404() {
        assertThat(mvc.get().uri("/workbench/downloads/templates/payroll").with(user("analyst").roles("ANALYST")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
