package app.limber.coaching;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A group link as its coach sees it. The token is the secret part of the link ({@code /join/{token}}).
 *
 * @param maxUses null for no limit
 * @param lastDay null for no last day (a day of the coach's calendar: it works until midnight at its end)
 */
public record GroupLinkSummary(long id, String token, long groupId, String groupName, Integer maxUses, LocalDate lastDay,
                               int uses, Instant createdAt, State state) {

    public enum State {
        OPEN, USED_UP, ENDED, REVOKED
    }

    /** "3 of 10 joined", "3 joined" (in English: {@link #usesWords()}). */
    public String usesLabel() {
        return usesWords().english();
    }

    /** "3 of 10 joined", "3 joined", in the reader's language. */
    public app.limber.base.Words usesWords() {
        return maxUses == null ? app.limber.base.Words.of("group-link.uses", uses)
                : app.limber.base.Words.of("group-link.uses-of", uses, maxUses);
    }
}
