package com.jialicare.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of {@link AdapterArchitectureTest} fail on classes that break them (the fixture package). */
class AdapterArchitectureRulesTest {

    private static final String FIXTURE = "com.jialicare.architecture.fixture";

    private final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    @DisplayName("a REST class that uses a JSF class breaks the REST rule")
    void restRule() {
        assertViolated(AdapterArchitectureTest.adapterIndependentOf(FIXTURE, "rest", "web"), "RestThing");
    }

    @Test
    @DisplayName("a JSF class that uses a REST class breaks the JSF rule")
    void jsfRule() {
        assertViolated(AdapterArchitectureTest.adapterIndependentOf(FIXTURE, "web", "rest"), "JsfThing");
    }

    @Test
    @DisplayName("a shared class that uses an adapter's class breaks the shared rule")
    void sharedRule() {
        assertViolated(AdapterArchitectureTest.sharedDependsOnNoAdapter(FIXTURE), "SharedThing");
    }

    @Test
    @DisplayName("an adapter class that uses an infrastructure class breaks the infrastructure rule")
    void infrastructureRule() {
        assertViolated(
                AdapterArchitectureTest.adaptersUseNoInfrastructure(FIXTURE, "com.jialicare.infrastructure"),
                "InfrastructureThing");
    }

    private void assertViolated(ArchRule rule, String culprit) {
        var result = rule.evaluate(fixture);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(culprit));
    }
}
