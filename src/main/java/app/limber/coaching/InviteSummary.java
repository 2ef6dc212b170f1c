package app.limber.coaching;

import java.time.Instant;

/** An invite link as its coach sees it. The token is the secret part of the link. */
public record InviteSummary(long id, String token, String label, Instant createdAt, Instant expiresAt, InviteState state) {
}
