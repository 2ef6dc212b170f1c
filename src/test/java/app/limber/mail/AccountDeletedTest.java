package app.limber.mail;

import app.limber.support.MailTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting an account takes its email settings, tokens and unsent emails with it, and nobody else's. */
class AccountDeletedTest extends MailTest {

    @Autowired
    private app.limber.account.AccountDataService accountData;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Outbox outbox;

    @Autowired
    EmailService email;

    @Test
    void theDeletedAccountsEmailThingsGoAndOthersStay() {
        var casey = given.aCoach();
        var dana = given.aCoach(app.limber.support.Fixtures.DANA);
        for (var coach : java.util.List.of(casey, dana)) {
            given.as(coach.email(), () -> email.changeDigest(true, DayOfWeek.MONDAY, LocalTime.of(8, 0)));
            transactions.executeWithoutResult(status -> outbox.toAccount(EmailKind.DIGEST, coach.id(), coach.email(),
                    unsubscribe -> new Letter("Week", Letter.footer("x", unsubscribe), Letter.page("Week", "", "x", unsubscribe))));
        }
        // Casey deletes her account in Settings: the deletion's AccountDeleted takes her email rows with it
        given.as(casey.email(), () -> {
            accountData.deleteMyAccount(casey.email());
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Integer.class, casey.id())).isZero();

        for (String table : new String[]{"outbox_email", "email_settings", "email_unsubscribe"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class, casey.id()))
                    .as(table).isZero();
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where user_id = ?", Integer.class, dana.id()))
                    .as(table).isEqualTo(1);
        }
    }
}
