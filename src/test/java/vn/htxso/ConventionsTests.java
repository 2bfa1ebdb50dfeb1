package vn.htxso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The naming and injection rules of STYLE.md, checked on the compiled code. */
class ConventionsTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.htxso");

    @Test
    void noImplClassesNoManagersNoUtils() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void jsonControllersAreApiControllersInAWebPackage() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().haveSimpleNameEndingWith("ApiController")
                .andShould().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void repositoriesAreNamedAsCollections() {
        noClasses().that().areAssignableTo(Repository.class)
                .should().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    /**
     * DEVELOPERS.md "what web may use": pages and API controllers call their module's API (top package), other
     * modules' APIs and platform, as other modules do; never an {@code internal} package. The one exception is
     * platform's own web, which manages the JPA accounts ({@code platform.internal.Accounts}, the documented
     * data-access exception).
     */
    @Test
    void webUsesNoInternalPackage() {
        noClasses().that().resideInAPackage("vn.htxso.(*).web..")
                .and().resideOutsideOfPackage("vn.htxso.platform.web..")
                .should().dependOnClassesThat().resideInAPackage("vn.htxso.(*).internal..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.htxso.platform.web..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "platform internals other than the accounts",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().contains(".internal")
                                && !c.getName().startsWith("vn.htxso.platform.internal.Accounts")
                                && !c.getName().startsWith("vn.htxso.platform.internal.UserAccount")
                                && !c.getName().startsWith("vn.htxso.platform.internal.ApiToken")))
                .check(classes);
    }

    /** Demo-data generators are not part of any module's API. */
    @Test
    void demoGeneratorsLiveInInternal() {
        classes().that().haveSimpleNameStartingWith("Demo").and().resideInAPackage("vn.htxso..")
                .should().resideInAPackage("..internal..")
                .check(classes);
    }

    /** One time helper: Vietnam's offset comes from {@code platform.VnTime}, never {@code ZoneOffset.ofHours(7)}. */
    @Test
    void oneTimeHelper() {
        noClasses().that().doNotHaveFullyQualifiedName("vn.htxso.platform.VnTime")
                .should().callMethod(java.time.ZoneOffset.class, "ofHours", int.class)
                .check(classes);
    }

    /**
     * DEVELOPERS.md "data access": SQL lives in {@code internal} collections over {@code JdbcClient}; no service of a
     * module's API and no controller talks to the database itself. Inside {@code internal}, {@code JdbcTemplate} is
     * used only where {@code JdbcClient} has no equivalent: batch inserts and ShedLock's provider.
     */
    @Test
    void sqlLivesInInternalCollections() {
        noClasses().that().resideOutsideOfPackage("..internal..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .check(classes);
    }

    @Test
    void noLombok() {
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(classes);
    }
}
