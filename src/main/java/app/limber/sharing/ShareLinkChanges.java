package app.limber.sharing;

import app.limber.base.Notices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This node's record of the share links changed since it started (revoked, or deleted with their
 * coach's account), so that a page holding a link open ({@link ShareLinkPass}) checks it in
 * memory at each action rather than in the database. The node that changes a link records it
 * once its transaction commits and tells the other nodes with a {@linkplain Notices notice} on
 * channel {@value #CHANNEL}; each records what it hears.
 *
 * <p>A pass trusts this record only while it can: for as long as the node has listened without
 * a break since the pass last looked at the database ({@link Notices#heardEverythingSince}).
 * Otherwise, and for a link changed since, the pass looks once more. The record keeps the last
 * {@value #KEPT} changes; a pass older than what it forgot looks again too.
 */
@Component
class ShareLinkChanges {

    static final String CHANNEL = "share-link";
    static final int KEPT = 10_000;

    private final Notices notices;
    private final ShareLinkRepository links;
    private final Clock clock;
    private final int kept;
    /** Each changed link with the count of changes it was recorded at. */
    private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    /** Changes up to this count may have been forgotten. */
    private volatile long forgottenUpTo;

    /** When a pass last looked at the database: the changes recorded by then and the listening of then. */
    record Stamp(long changes, long listening) {
    }

    @Autowired
    ShareLinkChanges(Notices notices, ShareLinkRepository links, Clock clock) {
        this(notices, links, clock, KEPT);
    }

    /** @param kept how many changes the record keeps */
    ShareLinkChanges(Notices notices, ShareLinkRepository links, Clock clock, int kept) {
        this.notices = notices;
        this.links = links;
        this.clock = clock;
        this.kept = kept;
        notices.listen(CHANNEL, this::heard);
    }

    /**
     * In the transaction that revokes or deletes the link: every other node hears of it when it
     * commits, and this node records it right after.
     */
    void changed(long linkId) {
        notices.send(CHANNEL, Long.toString(linkId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    record(linkId);
                }
            });
        } else {
            record(linkId);
        }
    }

    /** To take before a look at the database. */
    Stamp stamp() {
        return new Stamp(changes.get(), notices.mark());
    }

    /** Whether what a pass saw of the link at its stamp still holds, as far as this node can tell without asking. */
    boolean unchangedSince(long linkId, Stamp stamp) {
        if (!notices.heardEverythingSince(stamp.listening()) || stamp.changes() < forgottenUpTo) {
            return false;
        }
        Long at = changedAt.get(linkId);
        return at == null || at <= stamp.changes();
    }

    /** The link's terms as stored now; empty when it is gone. */
    Optional<ShareLink.Terms> stored(long linkId) {
        return links.findById(linkId).map(ShareLink::terms);
    }

    Instant now() {
        return clock.instant();
    }

    private void heard(List<String> texts) {
        for (String text : texts) {
            if (text.matches("\\d{1,18}")) {
                record(Long.parseLong(text));
            }
        }
    }

    private void record(long linkId) {
        long at = changes.incrementAndGet();
        changedAt.put(linkId, at);
        if (changedAt.size() > kept) {
            forgetOldest(at);
        }
    }

    private synchronized void forgetOldest(long latest) {
        if (changedAt.size() <= kept) {
            return;
        }
        long upTo = latest - kept / 2;
        forgottenUpTo = Math.max(forgottenUpTo, upTo); // first: a pass never trusts a record that lost its entry
        changedAt.values().removeIf(at -> at <= upTo);
    }
}
