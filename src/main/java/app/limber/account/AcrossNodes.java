package app.limber.account;

import java.util.List;
import java.util.function.Consumer;

/**
 * How the account feature tells the other nodes on the same database something, and hears from
 * them: behind it are {@code base.Notices} (PostgreSQL {@code LISTEN/NOTIFY}), which the account
 * feature cannot name (base builds on it), so it says here what it needs.
 */
public interface AcrossNodes {

    /** In the current transaction: sent to every other node when it commits, never if it rolls back. */
    void send(String channel, String text);

    /**
     * Hears the channel's notices from other nodes; {@code missed} runs after a break in
     * listening (notices may have been lost meanwhile), before {@link #listening()} turns true.
     */
    void listen(String channel, Consumer<List<String>> heard, Runnable missed);

    /** Whether this node is listening now. */
    boolean listening();
}
