package io.github.sqlaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule that keeps the product testable without Jira: only the Jira adapter packages
 * ({@code io.github.sqlaudit.jira..}) may touch host types. The core decides; the adapters translate.
 */
class LayeringTest {

    static final String[] HOST_PACKAGES = {
            "com.atlassian..", "com.opensymphony..", "net.java.ao..", "javax.servlet..", "javax.ws.rs.."
    };

    /** Only our shipped code: the stand-ins under com.atlassian are not ours to check. */
    static JavaClasses productClasses;

    @BeforeAll
    static void importProductClasses() {
        productClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.sqlaudit");
    }

    static ArchRule onlyJiraAdaptersUseHostTypes() {
        return noClasses()
                .that().resideInAPackage("io.github.sqlaudit..")
                .and().resideOutsideOfPackage("io.github.sqlaudit.jira..")
                .should().dependOnClassesThat().resideInAnyPackage(HOST_PACKAGES)
                .because("the core must run and be tested without Jira; only io.github.sqlaudit.jira.. adapts to the host");
    }

    @Test
    void coreAndCliDoNotDependOnHostTypes() {
        assertThat(productClasses).as("product classes imported").isNotEmpty();
        onlyJiraAdaptersUseHostTypes().check(productClasses);
    }

    @Test
    void theRuleCatchesACoreClassThatImportsAHostType() {
        // A test-only class outside the adapter packages that uses osworkflow: the rule must flag it,
        // otherwise the check above proves nothing.
        JavaClasses fixture = new ClassFileImporter().importPackages("io.github.sqlaudit.archfixture");
        EvaluationResult result = onlyJiraAdaptersUseHostTypes().evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("com.opensymphony.workflow.InvalidInputException"));
    }
}
