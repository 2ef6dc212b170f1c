package app.limber.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person who can log in: a coach or an athlete. Emails are stored lower-case. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "color_scheme", length = 8)
    private ColorScheme colorScheme;

    /** The IANA name of their time zone (Europe/Madrid), or null until a browser told it. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    /** The code of the language they chose ({@link Language#code()}), or null: their browser's languages decide. */
    @Column(length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    ColorScheme getColorScheme() {
        return colorScheme;
    }

    void setColorScheme(ColorScheme colorScheme) {
        this.colorScheme = colorScheme;
    }

    String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    void setLanguage(Language language) {
        this.language = language == null ? null : language.code();
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, email, displayName, role, colorScheme, TimeZones.parse(timeZone).orElse(null),
                Language.fromCode(language).orElse(null));
    }
}
