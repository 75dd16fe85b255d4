package com.jialicare.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureTest} fail on classes that break them (the fixture package). */
class ArchitectureRulesTest {

    private static final String FIXTURE = "com.jialicare.architecture.fixture";

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    @DisplayName("a domain class that depends on an application class breaks the domain rule")
    void domainRule() {
        assertViolated(ArchitectureTest.domainDependsOnNothingAboveIt(FIXTURE), "DomainThing");
    }

    @Test
    @DisplayName("an infrastructure class that depends on an application class breaks the infrastructure rule")
    void infrastructureRule() {
        assertViolated(ArchitectureTest.infrastructureDependsOnNoApplication(FIXTURE), "Repository");
    }

    @Test
    @DisplayName("an application class that creates a query breaks the no-query rule")
    void queryRule() {
        assertViolated(ArchitectureTest.noQueryOutsideTheRepositories(FIXTURE), "createQuery");
    }

    private void assertViolated(ArchRule rule, String culprit) {
        var result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
    }
}
