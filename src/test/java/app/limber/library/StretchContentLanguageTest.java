package app.limber.library;

import app.limber.account.AccountService;
import app.limber.account.Language;
import app.limber.support.LimberTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static app.limber.library.LibraryServiceTest.CASEY;
import static app.limber.library.LibraryServiceTest.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each stretch records the language its own texts are written in (issue 16): built-ins are English. */
class StretchContentLanguageTest extends LimberTest {

    @Autowired
    LibraryService library;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void aCoach() {
        accounts.signUpCoach(CASEY);
        authenticateAs(CASEY.email());
    }

    @Test
    void everyBuiltInStretchIsWrittenInEnglish() {
        long highKnees = library.builtInIds(List.of("high-knees")).get("high-knees");

        assertThat(library.find(highKnees).orElseThrow().contentLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(library.cards(List.of(highKnees)).get(highKnees).contentLanguage()).isEqualTo(Language.ENGLISH);
        assertThat(library.search(LibraryFilter.NONE.withOwnership(Ownership.BUILT_IN), 0, 500))
                .hasSizeGreaterThan(40).extracting(StretchCard::contentLanguage).containsOnly(Language.ENGLISH);
        assertThat(jdbc.queryForList("select distinct content_language from stretch where owner_id is null", String.class))
                .containsExactly("en");
    }

    @Test
    void aNewStretchIsInTheLanguageItIsWrittenInAndAnUpdateChangesOrKeepsIt() {
        StretchDetails spanish = library.create(draft("Gemelo en el escalón"), Language.SPANISH);

        assertThat(spanish.contentLanguage()).isEqualTo(Language.SPANISH);
        assertThat(storedLanguage(spanish.id())).isEqualTo("es");
        assertThat(library.cards(List.of(spanish.id())).get(spanish.id()).contentLanguage()).isEqualTo(Language.SPANISH);

        StretchDetails german = library.update(spanish.id(), spanish.version(), draft("Wade auf der Stufe"), Language.GERMAN);
        assertThat(german.contentLanguage()).isEqualTo(Language.GERMAN);
        assertThat(storedLanguage(spanish.id())).isEqualTo("de");

        StretchDetails kept = library.update(german.id(), german.version(), draft("Wade auf der Treppe"));
        assertThat(kept.contentLanguage()).as("an update that does not say keeps it").isEqualTo(Language.GERMAN);
    }

    @Test
    void withoutAPageTheCoachsChosenLanguageDecidesElseEnglish() {
        assertThat(library.create(draft("Stair calf drop")).contentLanguage()).isEqualTo(Language.ENGLISH);

        accounts.rememberLanguage(Language.GERMAN);

        assertThat(library.create(draft("Wadendehnung")).contentLanguage()).isEqualTo(Language.GERMAN);
    }

    @Test
    void aCopyKeepsItsSourcesLanguage() {
        StretchDetails spanish = library.create(draft("Gemelo en el escalón"), Language.SPANISH);
        long highKnees = library.builtInIds(List.of("high-knees")).get("high-knees");
        accounts.rememberLanguage(Language.GERMAN);

        assertThat(library.copy(spanish.id()).contentLanguage()).isEqualTo(Language.SPANISH);
        assertThat(library.copy(highKnees).contentLanguage()).as("a German coach's copy of a built-in").isEqualTo(Language.ENGLISH);
    }

    @Test
    void aLanguageLimberDoesNotSpeakIsRefusedAndNothingChanges() {
        assertThat(LibraryService.contentLanguage(" de ")).isEqualTo(Language.GERMAN);
        assertThatThrownBy(() -> LibraryService.contentLanguage("fr"))
                .isInstanceOfSatisfying(UnknownContentLanguageException.class, refused -> {
                    assertThat(refused.words().key()).isEqualTo("stretch-error.language-unknown");
                    assertThat(refused.getMessage()).isEqualTo("Limber does not speak \"fr\": choose English, Español or Deutsch.");
                    assertThat(refused.words().in(Locale.GERMAN))
                            .isEqualTo("Limber spricht „fr“ nicht: Wähle English, Español oder Deutsch.");
                });

        assertThatThrownBy(() -> library.create(draft("Stair calf drop"), null)).isInstanceOf(UnknownContentLanguageException.class);
        assertThat(jdbc.queryForObject("select count(*) from stretch where owner_id is not null", Integer.class)).isZero();

        StretchDetails mine = library.create(draft("Stair calf drop"), Language.SPANISH);
        assertThatThrownBy(() -> library.update(mine.id(), mine.version(), draft("Renamed"), null))
                .isInstanceOf(UnknownContentLanguageException.class);
        assertThat(library.find(mine.id()).orElseThrow()).isEqualTo(mine);
        assertThatThrownBy(() -> jdbc.update("update stretch set content_language = 'fr' where id = ?", mine.id()))
                .hasMessageContaining("stretch_content_language_known");
    }

    private String storedLanguage(long id) {
        return jdbc.queryForObject("select content_language from stretch where id = ?", String.class, id);
    }
}
