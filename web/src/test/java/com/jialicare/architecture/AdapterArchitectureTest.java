package com.jialicare.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The two adapters over the same services, REST ({@code interfaces.rest}) and JSF ({@code interfaces.web}), share
 * code only through {@code interfaces.shared}, never through each other, and the shared package depends on neither;
 * none of them reaches past the application's services into {@code infrastructure}.
 * {@link AdapterArchitectureRulesTest} shows each rule failing on classes that break it.
 */
@AnalyzeClasses(packages = "com.jialicare.interfaces", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

    static final String ROOT = "com.jialicare.interfaces";

    @ArchTest
    static final ArchRule rest_depends_on_nothing_of_jsf = adapterIndependentOf(ROOT, "rest", "web");

    @ArchTest
    static final ArchRule jsf_depends_on_nothing_of_rest = adapterIndependentOf(ROOT, "web", "rest");

    @ArchTest
    static final ArchRule shared_depends_on_neither_adapter = sharedDependsOnNoAdapter(ROOT);

    @ArchTest
    static final ArchRule adapters_reach_no_infrastructure =
            adaptersUseNoInfrastructure(ROOT, "com.jialicare.infrastructure");

    /** The adapters talk to the application's services and the domain, never to the plumbing beneath them. */
    static ArchRule adaptersUseNoInfrastructure(String root, String infrastructure) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(infrastructure + "..")
                .because("a time zone, a flag or a limit the adapters need comes from the domain or a service"
                        + " (issue #13, item 7)");
    }

    static ArchRule adapterIndependentOf(String root, String adapter, String other) {
        return noClasses()
                .that()
                .resideInAPackage(root + "." + adapter + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + "." + other + "..")
                .because("REST and JSF share code only through interfaces.shared (issue #13)");
    }

    static ArchRule sharedDependsOnNoAdapter(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".rest..", root + ".web..")
                .because("what both adapters share must not pull either one in");
    }
}
