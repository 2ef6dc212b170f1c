package app.limber.account;

import app.limber.base.Translations;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account feature's refusals carry their key and arguments beside their English: the
 * English is what the English file says, and Spanish and German readers get their own words.
 */
class AccountWordsTest {

    @Test
    void everyRefusalsEnglishIsWhatTheFileSays() {
        var words = new ArrayList<AccountWords>();
        for (SignUp wrong : List.of(new SignUp("", "", "short"), new SignUp("not-an-email", "x".repeat(81), "x".repeat(65)),
                new SignUp("a\u0007@example.com", "Ana\u0007", " ".repeat(12)))) {
            assertThatThrownBy(() -> AccountService.check(wrong)).isInstanceOfSatisfying(InvalidSignUpException.class,
                    refused -> words.addAll(refused.words().values()));
        }
        words.add(AccountService.JOIN_REFUSED_WORDS);
        words.add(AccountDataService.WRONG_EMAIL_WORDS);

        assertThat(words).extracting(AccountWords::key).contains("account-error.no-email", "account-error.no-name",
                "account-error.at-least", "account-error.email-shape", "account-error.at-most", "typed.control-character",
                "account-error.only-spaces", "account-error.join-refused", "account-error.wrong-email");
        for (AccountWords word : words) {
            assertThat(Translations.english(word.key(), word.arguments())).as(word.key()).isEqualTo(word.english());
        }
    }

    @Test
    void aRefusedSignUpReadsInSpanishAndGerman() {
        assertThatThrownBy(() -> AccountService.check(new SignUp("ana@example.com", "Ana", "short")))
                .isInstanceOfSatisfying(InvalidSignUpException.class, refused -> {
                    AccountWords tooShort = refused.words().get(InvalidSignUpException.Field.PASSWORD);
                    assertThat(refused.errors()).containsEntry(InvalidSignUpException.Field.PASSWORD, "Use at least 12 characters.");
                    assertThat(app.limber.base.Words.of(tooShort.key(), tooShort.arguments()).in(Locale.of("es")))
                            .isEqualTo("Usa al menos 12 caracteres.");
                    assertThat(app.limber.base.Words.of(tooShort.key(), tooShort.arguments()).in(Locale.GERMAN))
                            .isEqualTo("Verwende mindestens 12 Zeichen.");
                });
    }
}
