package app.limber.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The unsubscribe tokens (table {@code email_unsubscribe}): one per account and kind of email,
 * or per address for invites to people without an account, made the first time an email of
 * that kind is written. A token is 16 random bytes (22 characters of base64url).
 */
@Component
class Unsubscribes {

    /** What a token unsubscribes: the kind, and the account or the address. */
    record Target(String token, EmailKind kind, Long userId, String address, Instant unsubscribedAt) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    Unsubscribes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The token of this account's emails of this kind, made now if there is none yet. */
    String tokenFor(EmailKind kind, long userId, Instant now) {
        jdbc.sql("""
                        insert into email_unsubscribe (token, kind, user_id, created_at) values (:token, :kind, :user, :now)
                        on conflict (kind, user_id) where user_id is not null do nothing""")
                .param("token", newToken()).param("kind", kind.name()).param("user", userId)
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("select token from email_unsubscribe where kind = :kind and user_id = :user")
                .param("kind", kind.name()).param("user", userId).query(String.class).single();
    }

    /** The token of this address's emails of this kind (invites to people without an account). */
    String tokenFor(EmailKind kind, String address, Instant now) {
        String normalized = normalize(address);
        jdbc.sql("""
                        insert into email_unsubscribe (token, kind, address, created_at) values (:token, :kind, :address, :now)
                        on conflict (kind, address) where address is not null do nothing""")
                .param("token", newToken()).param("kind", kind.name()).param("address", normalized)
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("select token from email_unsubscribe where kind = :kind and address = :address")
                .param("kind", kind.name()).param("address", normalized).query(String.class).single();
    }

    /** Whether the address asked for no more emails of this kind. */
    boolean unsubscribed(EmailKind kind, String address) {
        return jdbc.sql("""
                        select count(*) from email_unsubscribe
                        where kind = :kind and address = :address and unsubscribed_at is not null""")
                .param("kind", kind.name()).param("address", normalize(address)).query(Integer.class).single() > 0;
    }

    Optional<Target> find(String token) {
        if (token == null || token.length() != 22) {
            return Optional.empty();
        }
        return jdbc.sql("select token, kind, user_id, address, unsubscribed_at from email_unsubscribe where token = :token")
                .param("token", token)
                .query((row, index) -> new Target(row.getString("token"), EmailKind.valueOf(row.getString("kind")),
                        (Long) row.getObject("user_id", Long.class), row.getString("address"),
                        Optional.ofNullable(row.getObject("unsubscribed_at", java.time.OffsetDateTime.class))
                                .map(java.time.OffsetDateTime::toInstant).orElse(null)))
                .optional();
    }

    void markUnsubscribed(String token, Instant now) {
        jdbc.sql("update email_unsubscribe set unsubscribed_at = :now where token = :token and unsubscribed_at is null")
                .param("token", token).param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    /** Signing up or opting in again: the account's emails of this kind are wanted again. */
    void resubscribe(EmailKind kind, long userId) {
        jdbc.sql("update email_unsubscribe set unsubscribed_at = null where kind = :kind and user_id = :user")
                .param("kind", kind.name()).param("user", userId).update();
    }

    static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
