package kz.shagym;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The core speaks of problems in its own terms: what an HTTP status is, and which one a problem gets, is
 * decided at the web edge. Controllers that live in a core feature's package are edges themselves.
 */
class CoreBoundariesTest {

    private static final String[] CORE = {"kz.shagym.problem..", "kz.shagym.rules..", "kz.shagym.ruleset..",
            "kz.shagym.calendar..", "kz.shagym.decision..", "kz.shagym.scenario.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.shagym");
    }

    @Test
    void coreClassesOtherThanControllersShouldNotUseSpringsHttpTypes() {
        noClasses().that().resideInAnyPackage(CORE).and().areNotAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework.http..")
                .because("a problem's HTTP status is mapped at the edge (web.ProblemStatus)")
                .check(classes);
    }

    @Test
    void coreShouldNotDependOnTheWebLayer() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("kz.shagym.web..")
                .because("problems and their codes are a core concept (kz.shagym.problem), not the web layer's")
                .check(classes);
    }

    @Test
    void problemsShouldNotDependOnSpringAtAll() {
        noClasses().that().resideInAPackage("kz.shagym.problem..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
