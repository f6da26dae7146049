package com.journeycrm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;

/** Keeps the layering of DESIGN.md: ui → service → repository, never ui → repository. */
@AnalyzeClasses(packages = "com.journeycrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views talk only to @Service classes");

    @ArchTest
    static final ArchRule views_never_use_the_entity_manager = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule repositories_live_at_the_feature_root = classes().that().areAssignableTo(Repository.class)
            .should().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("..ui..");
}
