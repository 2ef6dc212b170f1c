package app.limber.sharing;

import java.util.List;
import java.util.Optional;

/**
 * One of the coach's routines as its share-links page shows it.
 *
 * @param id            the routine's id
 * @param title         the routine's title
 * @param latestVersion the number of its latest published version; empty when it was never published
 * @param links         its share links, newest first, with how often each was opened and finished
 */
public record RoutineLinks(long id, String title, Optional<Integer> latestVersion, List<ShareLinkSummary> links) {

    public RoutineLinks {
        links = List.copyOf(links);
    }
}
