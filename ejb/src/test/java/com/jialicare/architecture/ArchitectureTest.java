package com.jialicare.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

/**
 * Which layer of the core may depend on which (README, Architecture): the domain on nothing above it, the
 * infrastructure on no application class, and no query (JPQL, SQL or criteria) is made outside the repositories of
 * {@code infrastructure/persistence}, so that application/ holds none and each is written once. {@link ArchitectureRulesTest} shows each
 * rule failing on classes that break it.
 */
@AnalyzeClasses(packages = "com.jialicare", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "com.jialicare";

    @ArchTest
    static final ArchRule domain_depends_on_nothing_above_it = domainDependsOnNothingAboveIt(ROOT);

    @ArchTest
    static final ArchRule infrastructure_depends_on_no_application_class = infrastructureDependsOnNoApplication(ROOT);

    @ArchTest
    static final ArchRule no_query_outside_the_repositories = noQueryOutsideTheRepositories(ROOT);

    static ArchRule domainDependsOnNothingAboveIt(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".application..", root + ".infrastructure..", root + ".interfaces..")
                .because("the rules are plain Java, tested with new, whatever stores or shows them");
    }

    static ArchRule infrastructureDependsOnNoApplication(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".infrastructure..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".application..")
                .because("the application uses the infrastructure, never the other way round");
    }

    /**
     * No JPQL, SQL or criteria query is made outside {@code infrastructure/persistence} (so none in application/):
     * no {@code create…Query}, no criteria builder.
     */
    static ArchRule noQueryOutsideTheRepositories(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".infrastructure.persistence..")
                .should()
                .callMethodWhere(target(owner(assignableTo(EntityManager.class)))
                        .and(target(nameMatching("create\\w*Query|getCriteriaBuilder"))))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence.criteria..")
                .because("each query is written once, in a repository of infrastructure/persistence (issue #13)");
    }
}
