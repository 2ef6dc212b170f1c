package app.limber.sharing;

import app.limber.account.AccountService;
import app.limber.account.SignUp;
import app.limber.account.TestAccounts;
import app.limber.coaching.Feeling;
import app.limber.coaching.PublishingService;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineService;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static app.limber.sharing.InvalidShareLinkException.Field.EXPIRES_ON;
import static app.limber.sharing.InvalidShareLinkException.Field.LABEL;
import static app.limber.sharing.InvalidShareLinkException.Field.ROUTINE;
import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharingServiceTest extends LimberTest {

    static final SignUp CASEY = new SignUp("casey@example.com", "Casey Coach", "casey-password-1");
    static final SignUp DANA = new SignUp("dana@example.com", "Dana Coach", "dana-password-12");

    @Autowired SharingService sharing;
    @Autowired RoutineService routines;
    @Autowired PublishingService publishing;
    @Autowired LibraryService library;
    @Autowired AccountService accounts;

    private List<StretchCard> stretches;
    private RoutineDetails routine;

    @BeforeEach
    void aCoachWithARoutineOfTwoSteps() {
        accounts.signUpCoach(CASEY);
        authenticateAs(CASEY.email());
        stretches = library.search(LibraryFilter.NONE, 0, 100);
        routine = routines.create("Track cool-down");
        routine = routines.describe(routine.id(), "Track cool-down", "After intervals", Purpose.POST_RUN);
        for (int index = 0; index < 2; index++) {
            routine = routines.addStep(routine.id(), stretches.get(index).id(), index);
        }
    }

    @Test
    void tokensAre22Base64UrlCharactersFrom16RandomBytesAndNeverRepeat() {
        publishing.publish(routine.id(), "");
        Set<String> tokens = new HashSet<>();
        for (int link = 0; link < 200; link++) {
            String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
            assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);
            tokens.add(token);
        }
        assertThat(tokens).as("200 links, 200 different tokens").hasSize(200);
        // 200 tokens of 128 random bits: each of the 22 places sees most of the 64 characters
        for (int place = 0; place < 21; place++) {
            int at = place;
            assertThat(tokens.stream().map(token -> token.charAt(at)).distinct().count()).as("place " + place).isGreaterThan(40);
        }
    }

    @Test
    void onlyAPublishedRoutineCanBeSharedAndARefusalStoresNothing() {
        assertThatThrownBy(() -> sharing.create(routine.id(), "Club", null, Pin.CURRENT_VERSION))
                .isInstanceOfSatisfying(InvalidShareLinkException.class, refused -> assertThat(refused.errors())
                        .containsEntry(ROUTINE, "Publish the routine first: only published routines can be shared."));

        publishing.publish(routine.id(), "");
        assertThat(sharing.links(routine.id())).isEmpty();
    }

    @Test
    void aLabelOver80CharactersAndAnExpiryInThePastAreRefusedNextToTheirFields() {
        publishing.publish(routine.id(), "");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        assertThatThrownBy(() -> sharing.create(routine.id(), "x".repeat(81), new LastDay(today.minusDays(1), UTC), Pin.CURRENT_VERSION))
                .isInstanceOfSatisfying(InvalidShareLinkException.class, refused -> assertThat(refused.errors())
                        .containsOnlyKeys(LABEL, EXPIRES_ON)
                        .containsEntry(LABEL, "Use at most 80 characters.")
                        .containsEntry(EXPIRES_ON, "Choose today or a later day."));
        assertThatThrownBy(() -> sharing.create(routine.id(), "", new LastDay(today.plusYears(6), UTC), Pin.CURRENT_VERSION))
                .isInstanceOfSatisfying(InvalidShareLinkException.class, refused -> assertThat(refused.errors()).containsOnlyKeys(EXPIRES_ON));
        assertThat(sharing.links(routine.id())).isEmpty();

        ShareLinkSummary link = sharing.create(routine.id(), "  " + "x".repeat(80) + "  ", new LastDay(today, UTC), Pin.CURRENT_VERSION);
        assertThat(link.label()).isEqualTo("x".repeat(80));
        assertThat(link.expiresOn()).isEqualTo(today);
        assertThat(link.state()).isEqualTo(ShareLinkState.ACTIVE);
    }

    @Test
    void openShowsWhatThePublicPageNeedsAndNothingMore() {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "Club", null, Pin.LATEST_PUBLISHED).token();
        SecurityContextHolder.clearContext();

        SharedRoutine shared = sharing.open(token).orElseThrow();

        assertThat(shared.title()).isEqualTo("Track cool-down");
        assertThat(shared.coachName()).isEqualTo("Casey Coach");
        assertThat(shared.purpose()).isEqualTo(Purpose.POST_RUN);
        assertThat(shared.description()).isEqualTo("After intervals");
        assertThat(shared.version()).isEqualTo(1);
        assertThat(shared.estimatedSeconds()).isEqualTo(routine.estimatedSeconds());
        assertThat(shared.steps()).extracting(step -> step.name())
                .containsExactly(stretches.get(0).name(), stretches.get(1).name());
    }

    @Test
    void aPinnedLinkKeepsItsVersionAndALatestLinkFollowsNewVersions() {
        publishing.publish(routine.id(), "");
        String pinned = sharing.create(routine.id(), "Pinned", null, Pin.CURRENT_VERSION).token();
        String latest = sharing.create(routine.id(), "Latest", null, Pin.LATEST_PUBLISHED).token();
        routine = routines.addStep(routine.id(), stretches.get(2).id(), 2);
        publishing.publish(routine.id(), "");

        assertThat(sharing.links(routine.id())).extracting(ShareLinkSummary::label, ShareLinkSummary::pinnedVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Latest", null), org.assertj.core.groups.Tuple.tuple("Pinned", 1));
        SecurityContextHolder.clearContext();
        assertThat(sharing.open(pinned).orElseThrow()).satisfies(shown -> {
            assertThat(shown.version()).isEqualTo(1);
            assertThat(shown.steps()).hasSize(2);
        });
        assertThat(sharing.open(latest).orElseThrow()).satisfies(shown -> {
            assertThat(shown.version()).isEqualTo(2);
            assertThat(shown.steps()).hasSize(3);
        });
    }

    @Test
    void opensArrivingAllAtOnceAreAllCountedWithoutRewritingTheLinksRow() throws Exception {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        SecurityContextHolder.clearContext();
        String rowVersion = jdbc.queryForObject("select xmin::text from share_link where token = ?", String.class, token);
        int viewers = 40;

        var allAtOnce = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(viewers)) {
            var opened = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            for (int i = 0; i < viewers; i++) {
                opened.add(pool.submit(() -> {
                    allAtOnce.await();
                    return sharing.open(token).isPresent();
                }));
            }
            allAtOnce.countDown();
            for (var open : opened) {
                assertThat(open.get()).isTrue();
            }
        }

        authenticateAs(CASEY.email());
        assertThat(sharing.links(routine.id()).getFirst().opens()).isEqualTo(viewers);
        assertThat(jdbc.queryForObject("select xmin::text from share_link where token = ?", String.class, token))
                .as("no open rewrote the link's row (a hot row a burst would queue on)").isEqualTo(rowVersion);
    }

    @Test
    void opensCountedBeforeTheyWereAppendedStillCount() {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        jdbc.update("update share_link set opens = 5 where token = ?", token);
        SecurityContextHolder.clearContext();

        sharing.open(token);

        authenticateAs(CASEY.email());
        assertThat(sharing.links(routine.id()).getFirst().opens()).isEqualTo(6);
    }

    @Test
    void opensAndAnonymousCompletionsAreCounted() {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        SecurityContextHolder.clearContext();

        sharing.open(token);
        sharing.open(token);
        sharing.view(token); // the handout: not an open
        assertThat(sharing.isUsable(token)).isTrue(); // a check: not an open
        sharing.recordCompletion(token, Feeling.GOOD);
        sharing.recordCompletion(token, null);

        authenticateAs(CASEY.email());
        ShareLinkSummary link = sharing.links(routine.id()).getFirst();
        assertThat(link.opens()).isEqualTo(2);
        assertThat(link.completions()).isEqualTo(2);
        assertThat(jdbc.queryForList("select feeling from share_completion order by id", String.class))
                .containsExactly("GOOD", null);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'share_completion'", String.class))
                .as("nothing about who finished").containsExactlyInAnyOrder("id", "share_link_id", "version", "finished_at", "feeling");
    }

    @Test
    void aRevokedLinkStopsWorkingAtOnceForEveryUse() {
        publishing.publish(routine.id(), "");
        ShareLinkSummary link = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED);
        String other = sharing.create(routine.id(), "Other", null, Pin.LATEST_PUBLISHED).token();

        sharing.revoke(link.id());
        sharing.revoke(link.id()); // again: nothing changes

        assertThat(sharing.links(routine.id())).extracting(ShareLinkSummary::label, ShareLinkSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Other", ShareLinkState.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("", ShareLinkState.REVOKED));
        SecurityContextHolder.clearContext();
        assertThat(sharing.open(link.token())).isEmpty();
        assertThat(sharing.view(link.token())).isEmpty();
        assertThat(sharing.isUsable(link.token())).isFalse();
        assertThatThrownBy(() -> sharing.requireUsable(link.token())).isInstanceOf(ShareLinkGoneException.class)
                .hasMessage("This link no longer works");
        assertThatThrownBy(() -> sharing.recordCompletion(link.token(), Feeling.EASY)).isInstanceOf(ShareLinkGoneException.class);
        assertThat(sharing.open(other)).as("other links still work").isPresent();
    }

    @Test
    void theLastDayIsADayOfTheCoachsCalendarAndEndsAtTheirMidnight() {
        publishing.publish(routine.id(), "");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        clock.setInstant(Instant.parse("2026-11-24T12:00:00Z")); // 04:00 on the 24th in LA, 01:00 on the 25th in Auckland
        LocalDate the24th = LocalDate.parse("2026-11-24");

        assertThatThrownBy(() -> sharing.create(routine.id(), "", new LastDay(the24th, auckland), Pin.LATEST_PUBLISHED))
                .as("yesterday, for a coach in Auckland")
                .isInstanceOfSatisfying(InvalidShareLinkException.class, refused -> assertThat(refused.errors())
                        .containsEntry(EXPIRES_ON, "Choose today or a later day."));
        ShareLinkSummary link = sharing.create(routine.id(), "", new LastDay(the24th, losAngeles), Pin.LATEST_PUBLISHED);
        assertThat(link.expiresOn()).isEqualTo(the24th);

        clock.setInstant(Instant.parse("2026-11-25T07:59:59Z")); // 23:59:59 on the 24th in LA
        assertThat(sharing.isUsable(link.token())).as("to the end of the 24th in the coach's zone").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sharing.isUsable(link.token())).as("from midnight in the coach's zone").isFalse();
        assertThat(sharing.links(routine.id()).getFirst().state()).isEqualTo(ShareLinkState.EXPIRED);
    }

    @Test
    void aLinkWorksThroughItsLastDayAndNotAfter() {
        publishing.publish(routine.id(), "");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ShareLinkSummary link = sharing.create(routine.id(), "", new LastDay(today, UTC), Pin.LATEST_PUBLISHED);
        assertThat(sharing.isUsable(link.token())).as("on its last day").isTrue();
        clock.setInstant(today.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
        assertThat(sharing.isUsable(link.token())).as("to the end of its last day").isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(sharing.links(routine.id()).getFirst().state()).isEqualTo(ShareLinkState.EXPIRED);
        SecurityContextHolder.clearContext();
        assertThat(sharing.open(link.token())).isEmpty();
        assertThatThrownBy(() -> sharing.requireUsable(link.token())).isInstanceOf(ShareLinkGoneException.class);
    }

    @Test
    void wrongTokensOpenNothing() {
        publishing.publish(routine.id(), "");
        String token = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token();
        SecurityContextHolder.clearContext();
        String oneCharacterOff = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        for (String wrong : new String[]{null, "", "abc", oneCharacterOff, token + "A", token.substring(1), "' or '1'='1' --------"}) {
            assertThat(sharing.open(wrong)).as(String.valueOf(wrong)).isEmpty();
            assertThat(sharing.isUsable(wrong)).as(String.valueOf(wrong)).isFalse();
        }
        assertThat(jdbc.queryForObject("select opens from share_link", Integer.class)).isZero();
    }

    @Test
    void anotherCoachFindsNeitherTheRoutineNorItsLinksAndAthletesMayNotShare() {
        publishing.publish(routine.id(), "");
        ShareLinkSummary link = sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED);
        accounts.signUpCoach(DANA);
        authenticateAs(DANA.email());

        assertThatThrownBy(() -> sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED)).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> sharing.links(routine.id())).isInstanceOf(RoutineNotFoundException.class);
        assertThatThrownBy(() -> sharing.revoke(link.id())).isInstanceOf(ShareLinkNotFoundException.class);
        assertThatThrownBy(() -> sharing.handout(routine.id())).isInstanceOf(RoutineNotFoundException.class);

        TestAccounts.createAthlete(accounts, new SignUp("ana@example.com", "Ana", "athlete-password-1"));
        authenticateAs("ana@example.com");
        assertThatThrownBy(() -> sharing.links(routine.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> sharing.revoke(link.id())).isInstanceOf(AuthorizationDeniedException.class);

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThat(sharing.isUsable(link.token())).as("still working: nobody else could revoke it").isTrue();
    }

    @Test
    void theCoachsHandoutIsTheLatestPublishedVersion() {
        assertThat(sharing.handout(routine.id())).as("never published").isEmpty();
        publishing.publish(routine.id(), "");
        routine = routines.addStep(routine.id(), stretches.get(2).id(), 2);

        SharedRoutine handout = sharing.handout(routine.id()).orElseThrow();

        assertThat(handout.version()).isEqualTo(1);
        assertThat(handout.coachName()).isEqualTo("Casey Coach");
        assertThat(handout.steps()).as("the draft's third step is not published").hasSize(2);
    }
}
