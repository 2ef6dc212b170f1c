package app.limber.sharing;

/**
 * A share link as a page opens it: what it shows, and the pass the page keeps to check the link
 * at its later actions (the page keeps only what it needs of the routine).
 */
public record OpenShareLink(SharedRoutine routine, ShareLinkPass pass) {
}
