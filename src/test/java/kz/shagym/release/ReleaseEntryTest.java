package kz.shagym.release;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The release has one public entry, {@link Releases}: other features see it and the values it
 * answers with (records, states, its exceptions), never the store or the services behind it.
 */
class ReleaseEntryTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.shagym");

    /** What other features may use of the release: the entry and the values it takes and gives. */
    private static final DescribedPredicate<JavaClass> ENTRY_OR_VALUE = DescribedPredicate.describe(
            "the entry or a value (record, enum, exception)", c -> c.isEquivalentTo(Releases.class) || c.isRecord()
                    || c.isEnum() || c.isAssignableTo(RuntimeException.class));

    private static final DescribedPredicate<JavaClass> IN_THE_RELEASE = DescribedPredicate.describe(
            "in the release", c -> c.getPackageName().equals("kz.shagym.release"));

    @Test
    void otherFeaturesShouldReachTheReleaseOnlyThroughItsEntry() {
        noClasses().that().resideOutsideOfPackage("kz.shagym.release")
                .should().dependOnClassesThat(IN_THE_RELEASE.and(DescribedPredicate.not(ENTRY_OR_VALUE)))
                .check(MAIN);
    }

    @Test
    void theReleaseShouldHaveNoPublicClassWithBehaviourButItsEntry() {
        classes().that().resideInAPackage("kz.shagym.release").and().arePublic()
                .and(DescribedPredicate.not(ENTRY_OR_VALUE)).should().notBePublic().allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void theWorkbenchShouldNotReachTheVersionStore() {
        noClasses().that().resideInAPackage("kz.shagym.workbench..")
                .should().dependOnClassesThat().areAssignableTo(RuleSetVersionStore.class)
                .check(MAIN);
    }

    @Test
    void theAuditShouldNotDependOnTheRelease() {
        noClasses().that().resideInAPackage("kz.shagym.audit..")
                .should().dependOnClassesThat().resideInAPackage("kz.shagym.release..")
                .check(MAIN);
    }
}
