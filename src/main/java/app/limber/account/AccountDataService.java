package app.limber.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A person's own data: all of it as one ZIP of JSON files (docs/account-data.md), and deleting
 * the account. Both act on the signed-in person only: no method takes an account id.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountDataService {

    /** What deleting answers when the typed email is not the account's. */
    public static final String WRONG_EMAIL = "Type the email you sign in with, exactly, to delete your account.";

    /** {@link #WRONG_EMAIL} to show in the reader's language. */
    public static final AccountWords WRONG_EMAIL_WORDS = AccountWords.of("account-error.wrong-email", WRONG_EMAIL);

    private final UserAccountRepository accounts;
    private final List<AccountDataPart> parts;
    private final ApplicationEventPublisher events;
    private final SignedInSessions sessions;
    private final Clock clock;

    AccountDataService(UserAccountRepository accounts, List<AccountDataPart> parts, ApplicationEventPublisher events,
                       SignedInSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.parts = parts;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Everything of the signed-in person's as one ZIP: {@code profile.json}, then each feature's
     * files, read in one transaction (one consistent picture).
     */
    @Transactional(readOnly = true)
    public byte[] myData() {
        UserAccount me = accounts.findById(meId()).orElseThrow(() -> new IllegalStateException("The account is gone"));
        SignedInUser user = me.toSignedInUser();
        List<AccountDataFile> files = new ArrayList<>();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("format", "limber-account-data");
        profile.put("formatVersion", 1);
        profile.put("exportedAt", clock.instant().toString());
        profile.put("email", me.getEmail());
        profile.put("displayName", me.getDisplayName());
        profile.put("role", me.getRole().name().toLowerCase(java.util.Locale.ROOT));
        profile.put("timeZone", me.getTimeZone());
        profile.put("colorScheme", me.getColorScheme() == null ? null : me.getColorScheme().name().toLowerCase(java.util.Locale.ROOT));
        profile.put("createdAt", me.getCreatedAt().toString());
        files.add(AccountDataFile.json("profile.json", profile));
        for (AccountDataPart part : parts) {
            files.addAll(part.filesOf(user));
        }
        return zip(files);
    }

    /**
     * Deletes the signed-in person's account, once they typed its email: in one transaction every
     * feature deletes or anonymises its rows of them ({@link AccountDeleted}), then the account
     * goes. Once committed every session of theirs is signed out, on this node at once and on
     * every other node as it hears of it ({@link SignedInSessions}).
     *
     * @throws AccountRefusedException when the typed email is not the account's; nothing changes
     */
    @Transactional
    public void deleteMyAccount(String typedEmail) {
        long id = meId();
        UserAccount me = accounts.findById(id).orElseThrow(() -> new IllegalStateException("The account is gone"));
        if (!me.getEmail().equals(AccountService.normalizeEmail(typedEmail))) {
            throw new AccountRefusedException(WRONG_EMAIL_WORDS);
        }
        events.publishEvent(new AccountDeleted(id, me.getRole(), me.getEmail()));
        accounts.delete(me);
        accounts.flush();
        sessions.signOutEverywhere(id);
    }

    private static byte[] zip(List<AccountDataFile> files) {
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            for (AccountDataFile file : files) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return zipped.toByteArray();
    }

    private static long meId() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LimberUser user) {
            return user.getAccountId();
        }
        throw new IllegalStateException("No one is signed in");
    }
}
