package app.limber.coaching;

import app.limber.account.ui.SettingsView;
import app.limber.mail.OutboxSender;
import app.limber.mail.ui.DigestSettingsAccess;
import app.limber.routine.RoutineDetails;
import app.limber.support.Fixtures;
import app.limber.support.Fixtures.Person;
import app.limber.support.MailTest;
import com.vaadin.flow.component.UI;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest, with GreenMail: a coach in Madrid who chose Wednesdays at 09:00 gets it then
 * (their time), once that week, with each athlete's week and what needs attention, as the coach
 * home shows them.
 */
class WeeklyDigestTest extends MailTest {

    @Autowired
    WeeklyDigest digest;

    @Autowired
    OutboxSender sender;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachHomeService coachHome;

    private List<MimeMessage> at(String instant) throws Exception {
        clock.setInstant(Instant.parse(instant));
        digest.writeDue();
        sender.sendDue();
        List<MimeMessage> all = received();
        SMTP.purgeEmailFromAllMailboxes();
        return all;
    }

    @Test
    void onTheChosenDayAndTimeWithEachAthletesWeekAndWhatNeedsAttention() throws Exception {
        Person casey = given.aCoach();
        given.livesIn(casey, "Europe/Madrid");
        Person ana = given.anAthleteOf(casey, Fixtures.ANA);
        Person ben = given.anAthleteOf(casey, Fixtures.BEN);
        RoutineDetails routine = given.aPublishedRoutine(casey);
        given.give(casey, routine, ana, ben);
        signInAs(casey.email());
        UI.getCurrent().navigate(SettingsView.class);
        DigestSettingsAccess.turnOn(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0));
        signOut();

        clock.advance(Duration.ofDays(1));
        given.as(ana.email(), () -> sessions.logSession(new SessionReport(routine.id(), true, Feeling.GOOD, false, Set.of(), "")));

        // Wednesday 2 December 2026: 09:00 in Madrid is 08:00 UTC
        assertThat(at("2026-12-02T07:59:00Z")).isEmpty();
        List<MimeMessage> wednesday = at("2026-12-02T08:00:00Z");
        assertThat(wednesday).hasSize(1);
        MimeMessage email = wednesday.getFirst();
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo(casey.email());
        assertThat(email.getSubject()).isEqualTo("Your athletes' week (from 30 November)");
        String text = parts(email).getFirst();
        assertThat(text).contains("Ana Athlete: 1 complete in the last 7 days");
        // the coach home's own item for Ben, in its words
        authenticateAs(casey.email());
        AttentionItem quiet = coachHome.home().attention().stream().filter(item -> item.athleteId() == ben.id()).findFirst().orElseThrow();
        assertThat(text).contains("Needs attention:\n- Ben Athlete: " + quiet.why());
        assertThat(email.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        assertThat(at("2026-12-02T08:30:00Z")).as("once a week").isEmpty();
        assertThat(at("2026-12-03T08:00:00Z")).as("only on Wednesdays").isEmpty();
        assertThat(at("2026-12-09T08:00:00Z")).as("the next week").hasSize(1);
    }
}
