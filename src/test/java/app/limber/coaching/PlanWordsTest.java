package app.limber.coaching;

import app.limber.base.Words;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan, a week against it, a group link's uses and a refused plan, in words for each reader; English as before. */
class PlanWordsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Locale SPANISH = Locale.of("es");

    @Test
    void aPlanSaysItsDaysOrTimesInTheReadersLanguageAndItsLabelStaysEnglish() {
        Plan days = Plan.onDays(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), MONDAY, null);
        assertThat(days.label()).isEqualTo("Mon, Wed, Fri");
        assertThat(days.words().in(SPANISH)).isEqualTo("lun, mié, vie");
        assertThat(days.words().in(Locale.GERMAN)).isEqualTo("Mo, Mi, Fr");
        assertThat(Plan.onDays(Set.of(DayOfWeek.values()), MONDAY, null).words().in(Locale.GERMAN)).isEqualTo("Jeden Tag");

        Plan times = Plan.timesAWeek(3, MONDAY, null);
        assertThat(times.label()).isEqualTo("3\u00d7 a week");
        assertThat(times.words().key()).isEqualTo("plan-words.times");
        assertThat(times.words().in(SPANISH)).isEqualTo("3\u00d7 por semana");

        assertThat(Plan.none(MONDAY).label()).as("no plan: nothing to say").isEmpty();
        assertThat(Plan.none(MONDAY).words()).isEqualTo(Words.label(Plan.Kind.NONE));
        assertThat(Plan.whenACrampStarts(MONDAY).label()).isEqualTo("When a cramp starts");
    }

    @Test
    void aWeekAndAGroupLinksUsesInWords() {
        assertThat(new WeekProgress(2, 3, 1).label()).isEqualTo("2 of 3 this week");
        assertThat(new WeekProgress(2, 3, 1).words().in(Locale.GERMAN)).isEqualTo("2 von 3 diese Woche");
        var link = new GroupLinkSummary(1, "t", 1, "Tuesday", 10, null, 3, java.time.Instant.EPOCH, GroupLinkSummary.State.OPEN);
        assertThat(link.usesLabel()).isEqualTo("3 of 10 joined");
        assertThat(link.usesWords().in(SPANISH)).isEqualTo("3 de 10 se han unido");
        var open = new GroupLinkSummary(1, "t", 1, "Tuesday", null, null, 1, java.time.Instant.EPOCH, GroupLinkSummary.State.OPEN);
        assertThat(open.usesLabel()).isEqualTo("1 joined");
        assertThat(open.usesWords().in(SPANISH)).isEqualTo("1 se ha unido");
    }

    @Test
    void aRefusedPlanIsARefusalWithItsEnglishMessage() {
        assertThatThrownBy(() -> InvalidPlanException.checked(Plan.timesAWeek(9, MONDAY, null)))
                .isInstanceOfSatisfying(InvalidPlanException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(InvalidPlanException.Field.TIMES);
                    assertThat(refused.getMessage()).isEqualTo("Choose from 1 to 7 times a week.");
                    assertThat(refused.words().key()).isEqualTo("plan-fields.error.times");
                    assertThat(refused.words().in(Locale.GERMAN)).isEqualTo("Wähle 1 bis 7 Mal pro Woche.");
                });
    }
}
