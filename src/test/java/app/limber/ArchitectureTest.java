package app.limber;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.Entity;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the shape described in docs/design.md: features talk to each other only through
 * their services (and the records those hand out), views never touch repositories,
 * and every view says who may open it.
 */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of("account", "body", "library", "routine", "coaching", "player", "sharing", "mail", "base");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // not the code Spring's ahead-of-time processing writes at `package` (Application__BeanFactoryRegistrations,
            // each bean's X__BeanDefinitions and the proxies reach every feature's beans by design); only ours
            .withImportOption(location -> java.util.stream.Stream.of("__BeanDefinitions", "__BeanFactoryRegistrations",
                    "__ApplicationContextInitializer", "$$SpringCGLIB$$").noneMatch(location::contains))
            .importPackages("app.limber");

    @Test
    void everyFeatureIsATopLevelPackage() {
        assertThat(CLASSES.stream()
                .map(javaClass -> javaClass.getPackageName())
                .filter(name -> !name.equals("app.limber"))
                .map(name -> name.substring("app.limber.".length()).split("\\.")[0])
                .distinct())
                .isNotEmpty()
                .allMatch(FEATURES::contains);
    }

    @Test
    void viewsNeverUseRepositories() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views are thin: they go through a feature's service");
        rule.check(CLASSES);
    }

    @Test
    void featuresReachOtherFeaturesOnlyThroughServicesAndWhatTheyHandOut() {
        for (String feature : FEATURES) {
            String featurePackage = "app.limber." + feature;
            ArchRule rule = noClasses().that().resideOutsideOfPackage(featurePackage + "..")
                    .should().dependOnClassesThat(describe("internals of " + feature,
                            target -> target.getPackageName().startsWith(featurePackage)
                                    && isInternal(target)))
                    .because("a feature is used only through its service");
            rule.allowEmptyShould(true).check(CLASSES);
        }
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("app.limber.(*)..").should().beFreeOfCycles()
                .because("a feature that needs another must not be needed by it: extension points break the loop")
                .check(CLASSES);
    }

    @Test
    void everyServiceDeniesByDefaultAndEveryPublicMethodSaysWhoMayCallIt() {
        classes().that().areAnnotatedWith(Service.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("security is default-deny: a service says at class level who may call it")
                .check(CLASSES);
        methods().that().arePublic().and().areNotStatic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .should(ArchCondition.from(describe("be covered by @PreAuthorize (its own or its class's)",
                        (JavaMethod method) -> method.isAnnotatedWith(PreAuthorize.class)
                                || method.getOwner().isAnnotatedWith(PreAuthorize.class))))
                .because("a method anonymous visitors may call says permitAll() explicitly")
                .check(CLASSES);
    }

    @Test
    void everyViewSaysWhoMayOpenIt() {
        ArchRule rule = classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class);
        rule.check(CLASSES);
    }

    @Test
    void servicesLiveInTheirFeatureRootAndRepositoriesStayPackagePrivate() {
        classes().that().areAnnotatedWith(Service.class)
                .should().resideInAnyPackage(FEATURES.stream().map(feature -> "app.limber." + feature).toArray(String[]::new))
                .check(CLASSES);
        classes().that().areAssignableTo(Repository.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    /**
     * What another feature may not touch: its entities, its repositories and its views
     * (the shared layout bits in {@code base.ui} and the body map in {@code body.ui} are meant
     * for everyone, and so are the extension points a feature's views offer: interfaces named
     * {@code …Extension}, with their nested types).
     */
    private static boolean isInternal(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        boolean extensionPoint = outermost.isInterface() && outermost.getSimpleName().endsWith("Extension");
        boolean view = !extensionPoint && target.getPackageName().contains(".ui")
                && !target.getPackageName().startsWith("app.limber.base.ui")
                && !target.getPackageName().startsWith("app.limber.body.ui");
        return view || target.isAnnotatedWith(Entity.class) || target.isAssignableTo(Repository.class);
    }
}
