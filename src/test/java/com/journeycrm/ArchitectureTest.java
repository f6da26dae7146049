package com.journeycrm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The shape of the code, as the README's layout section draws it: features in one direction
 * (base ← audit ← security ← stage ← client ← journey ← activity; client ← offering; all of them ← transfer, board, reminder,
 * insight, admin, demo), views only through
 * services, repositories private to their feature, every use case secured.
 */
@AnalyzeClasses(packages = "com.journeycrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("com.journeycrm.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule features_depend_in_one_direction = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("base")
            .definedBy("com.journeycrm.base..")
            .layer("audit")
            .definedBy("com.journeycrm.audit..")
            .layer("security")
            .definedBy("com.journeycrm.security..")
            .layer("stage")
            .definedBy("com.journeycrm.stage..")
            .layer("client")
            .definedBy("com.journeycrm.client..")
            .layer("journey")
            .definedBy("com.journeycrm.journey..")
            .layer("activity")
            .definedBy("com.journeycrm.activity..")
            .layer("offering")
            .definedBy("com.journeycrm.offering..")
            .layer("transfer")
            .definedBy("com.journeycrm.transfer..")
            .layer("board")
            .definedBy("com.journeycrm.board..")
            .layer("reminder")
            .definedBy("com.journeycrm.reminder..")
            .layer("insight")
            .definedBy("com.journeycrm.insight..")
            .layer("admin")
            .definedBy("com.journeycrm.admin..")
            .layer("demo")
            .definedBy("com.journeycrm.demo..")
            .whereLayer("audit")
            .mayOnlyBeAccessedByLayers(
                    "security",
                    "stage",
                    "client",
                    "journey",
                    "activity",
                    "offering",
                    "transfer",
                    "board",
                    "reminder",
                    "insight",
                    "admin",
                    "demo")
            .whereLayer("security")
            .mayOnlyBeAccessedByLayers(
                    "stage",
                    "client",
                    "journey",
                    "activity",
                    "offering",
                    "transfer",
                    "board",
                    "reminder",
                    "insight",
                    "admin",
                    "demo")
            .whereLayer("stage")
            .mayOnlyBeAccessedByLayers(
                    "client",
                    "journey",
                    "activity",
                    "offering",
                    "transfer",
                    "board",
                    "reminder",
                    "insight",
                    "admin",
                    "demo")
            .whereLayer("client")
            .mayOnlyBeAccessedByLayers(
                    "journey", "activity", "offering", "transfer", "board", "reminder", "insight", "admin", "demo")
            .whereLayer("journey")
            .mayOnlyBeAccessedByLayers("activity", "transfer", "board", "reminder", "insight", "admin", "demo")
            .whereLayer("activity")
            .mayOnlyBeAccessedByLayers("transfer", "board", "reminder", "insight", "admin", "demo")
            .whereLayer("offering")
            .mayOnlyBeAccessedByLayers("transfer", "board", "reminder", "insight", "admin", "demo")
            .whereLayer("transfer")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("board")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("reminder")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("insight")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("admin")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("demo")
            .mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that()
            .resideInAPackage("com.journeycrm.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.journeycrm.audit..",
                    "com.journeycrm.security..",
                    "com.journeycrm.stage..",
                    "com.journeycrm.client..",
                    "com.journeycrm.journey..",
                    "com.journeycrm.activity..",
                    "com.journeycrm.offering..",
                    "com.journeycrm.transfer..",
                    "com.journeycrm.board..",
                    "com.journeycrm.reminder..",
                    "com.journeycrm.insight..",
                    "com.journeycrm.admin..",
                    "com.journeycrm.demo..")
            .because("the layout learns what it shows from features through interfaces (MenuBadge, SignedInUser)");

    /**
     * The demo-data generator is the one exception: it writes backdated histories (a client's two years of touch
     * points and moves) that no use case may create.
     */
    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_feature =
            classes().that().areAssignableTo(Repository.class).should(beUsedOnlyInTheirOwnFeatureOrBy("demo"));

    @ArchTest
    static final ArchRule repositories_live_at_the_feature_root =
            classes().that().areAssignableTo(Repository.class).should().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("views talk only to @Service classes");

    @ArchTest
    static final ArchRule views_never_use_the_entity_manager = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule routes_live_in_ui_packages =
            classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses()
            .that()
            .areAnnotatedWith(Service.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule every_use_case_is_secured = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .should(beSecured());

    private static ArchCondition<JavaMethod> beSecured() {
        return new ArchCondition<>("be secured with @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                events.add(new SimpleConditionEvent(method, secured, method.getFullName() + " is not secured"));
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnFeatureOrBy(String exception) {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    String user = feature(dependency.getOriginClass());
                    boolean allowed = user.equals(feature) || user.equals(exception);
                    events.add(new SimpleConditionEvent(dependency, allowed, dependency.getDescription()));
                });
            }
        };
    }

    private static String feature(JavaClass javaClass) {
        String rest = javaClass.getPackageName().replaceFirst("^com\\.journeycrm\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
