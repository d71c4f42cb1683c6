package io.github.sqlaudit.cmdb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The CMDB core stays plain Java: the Jira layer depends on it, never the other way round. */
class CmdbArchitectureTest {

    @Test
    void theCoreKnowsNothingOfJiraOrActiveObjects() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.sqlaudit.cmdb");

        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.atlassian..", "net.java.ao..", "com.opensymphony..", "javax.servlet..", "javax.ws.rs..", "io.github.sqlaudit.jira..")
                .check(classes);
    }
}
