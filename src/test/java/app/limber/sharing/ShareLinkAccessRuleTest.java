package app.limber.sharing;

import app.limber.account.AccountService;
import app.limber.coaching.PublishingService;
import app.limber.coaching.RosterService;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PublishingService#versionForShareLink} hands out any routine's published content to
 * whoever asks (share links are opened without an account), so only the sharing feature may
 * call it, and only after it checked a token. The same holds for a coach's name on the join page
 * and the public share page, which only the roster and sharing services read, for a checked token.
 */
class ShareLinkAccessRuleTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.limber");

    @Test
    void onlyTheSharingServiceReadsVersionsWithoutAnOwnershipCheck() {
        EvaluationResult others = noClasses().that().doNotHaveFullyQualifiedName(SharingService.class.getName())
                .should().callMethod(PublishingService.class, "versionForShareLink", long.class, Integer.class)
                .because("it checks no ownership: the sharing service calls it only for a checked token")
                .evaluate(CLASSES);

        assertThat(others.getFailureReport().getDetails()).as("callers other than SharingService").isEmpty();
        // the rule is about a method that is really used, by the sharing service
        assertThat(CLASSES.get(SharingService.class).getMethodCallsFromSelf())
                .anyMatch(call -> call.getTarget().getName().equals("versionForShareLink")
                        && call.getTargetOwner().isEquivalentTo(PublishingService.class));
    }

    @Test
    void onlyTheRosterAndSharingServicesReadACoachsNameForALink() {
        EvaluationResult others = noClasses().that().doNotHaveFullyQualifiedName(RosterService.class.getName())
                .and().doNotHaveFullyQualifiedName(SharingService.class.getName())
                .should().callMethod(AccountService.class, "coachNameForLink", long.class)
                .because("it checks no one: those services call it only for a checked invite or share-link token")
                .evaluate(CLASSES);

        assertThat(others.getFailureReport().getDetails()).as("callers other than RosterService and SharingService").isEmpty();
        for (Class<?> caller : new Class<?>[]{RosterService.class, SharingService.class}) {
            assertThat(CLASSES.get(caller).getMethodCallsFromSelf()).as(caller.getSimpleName())
                    .anyMatch(call -> call.getTarget().getName().equals("coachNameForLink")
                            && call.getTargetOwner().isEquivalentTo(AccountService.class));
        }
    }
}
