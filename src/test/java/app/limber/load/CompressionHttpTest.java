package app.limber.load;

import app.limber.routine.RoutineDetails;
import app.limber.sharing.Pin;
import app.limber.sharing.SharingService;
import app.limber.support.Fixtures.Person;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers travel gzip-compressed when the browser asks for it: Vaadin's UIDL answers (a share
 * page's first navigation, the player's first screen) and the bootstrap page, over HTTP against
 * the running app, spoken as a browser speaks Vaadin's protocol ({@link VaadinClient}).
 */
class CompressionHttpTest extends LimberTest {

    @Autowired SharingService sharing;

    private String token;

    @BeforeEach
    void aSharedRoutine() {
        Person coach = given.aCoach();
        RoutineDetails routine = given.aPublishedRoutine(coach, 4);
        token = given.as(coach.email(), () -> sharing.create(routine.id(), "", null, Pin.LATEST_PUBLISHED).token());
    }

    @Test
    void uidlAnswersComeBackGzipWhenAskedAndPlainWhenNot() {
        var gzip = new VaadinClient("http://localhost:" + port, true);
        gzip.open("s/" + token);
        var navigation = gzip.lastAnswer();
        gzip.click("Start");
        var player = gzip.lastAnswer();

        var plain = new VaadinClient("http://localhost:" + port, false);
        plain.open("s/" + token);
        var plainNavigation = plain.lastAnswer();
        plain.click("Start");

        assertThat(gzip.ui().button("Next")).as("the player shows its step screen").isPresent();
        assertThat(navigation.getKey()).as("the share page's first UIDL answer").isEqualTo("gzip");
        assertThat(player.getKey()).as("the answer to Start, a UIDL POST").isEqualTo("gzip");
        assertThat(plainNavigation.getKey()).as("a client that does not ask gets it plain").isEmpty();
        assertThat(navigation.getValue() * 3).as("gzip is at least three times smaller on the wire")
                .isLessThan(plainNavigation.getValue());
        assertThat(gzip.bodyBytes()).as("the same content either way, give or take ids and tokens")
                .isBetween(plain.bodyBytes() * 9 / 10, plain.bodyBytes() * 11 / 10);
        assertThat(gzip.wireBytes() * 3).isLessThan(plain.wireBytes());
    }
}
