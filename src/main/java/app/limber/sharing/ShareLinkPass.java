package app.limber.sharing;

/**
 * A working share link as one page holds it open (the public page, the player): looked up in the
 * database once, when the page opened, and then checked in memory at each of the page's actions:
 * its expiry against the clock, and this node's record of links changed since
 * ({@link ShareLinkChanges}, which hears of a revoke on any node). A link revoked, expired or
 * deleted while the page is open stops it at its next action; the database is asked again only
 * when the link changed, or the node may have missed a change (its listening connection broke).
 */
public final class ShareLinkPass {

    /** A link no longer stored: as good as revoked. */
    private static final ShareLink.Terms GONE = new ShareLink.Terms(true, null);

    private final ShareLinkChanges changes;
    private final long linkId;
    private ShareLink.Terms terms;
    private ShareLinkChanges.Stamp stamp;

    ShareLinkPass(ShareLinkChanges changes, long linkId, ShareLink.Terms terms, ShareLinkChanges.Stamp stamp) {
        this.changes = changes;
        this.linkId = linkId;
        this.terms = terms;
        this.stamp = stamp;
    }

    long linkId() {
        return linkId;
    }

    /** Whether the link still opens its routine; a revoked link never does again. */
    public synchronized boolean stillWorks() {
        if (!terms.revoked() && !changes.unchangedSince(linkId, stamp)) {
            ShareLinkChanges.Stamp now = changes.stamp();
            terms = changes.stored(linkId).orElse(GONE);
            stamp = now;
        }
        return terms.state(changes.now()) == ShareLinkState.ACTIVE;
    }
}
