package app.limber.library;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule the easier and harder links keep: read as "is easier than", they never go round in
 * a loop (a stretch easier than itself, through any number of links). Built-in and own
 * stretches alike; the links a coach can see are the ones checked.
 */
final class VariationLinks {

    /** One stretch's links as stored: its easier and harder versions, each may be null. */
    record Links(long id, Long easierId, Long harderId) {
    }

    private VariationLinks() {
    }

    /**
     * Whether the links, with the one stretch's links replaced by the given ones, make a loop.
     *
     * @param stretchId the stretch whose links change (null: a new stretch, a node of its own)
     */
    static boolean makesALoop(List<Links> stored, Long stretchId, Long easierId, Long harderId) {
        long self = stretchId == null ? Long.MIN_VALUE : stretchId;
        Map<Long, Set<Long>> harderThan = new HashMap<>();
        for (Links links : stored) {
            if (links.id() != self) {
                add(harderThan, links);
            }
        }
        add(harderThan, new Links(self, easierId, harderId));
        return hasLoop(harderThan);
    }

    /** "a is easier than b" for each link: an easier version points up at the stretch, a stretch up at its harder one. */
    private static void add(Map<Long, Set<Long>> harderThan, Links links) {
        if (links.easierId() != null) {
            harderThan.computeIfAbsent(links.easierId(), id -> new HashSet<>()).add(links.id());
        }
        if (links.harderId() != null) {
            harderThan.computeIfAbsent(links.id(), id -> new HashSet<>()).add(links.harderId());
        }
    }

    /** Depth-first, without recursion: a node met again while still on the path closes a loop. */
    private static boolean hasLoop(Map<Long, Set<Long>> edges) {
        Set<Long> finished = new HashSet<>();
        Set<Long> onPath = new HashSet<>();
        for (Long start : edges.keySet()) {
            if (finished.contains(start)) {
                continue;
            }
            Deque<Long> path = new ArrayDeque<>();
            Deque<java.util.Iterator<Long>> next = new ArrayDeque<>();
            path.push(start);
            onPath.add(start);
            next.push(edges.getOrDefault(start, Set.of()).iterator());
            while (!path.isEmpty()) {
                var children = next.peek();
                if (children.hasNext()) {
                    Long child = children.next();
                    if (onPath.contains(child)) {
                        return true;
                    }
                    if (!finished.contains(child)) {
                        path.push(child);
                        onPath.add(child);
                        next.push(edges.getOrDefault(child, Set.of()).iterator());
                    }
                } else {
                    Long done = path.pop();
                    next.pop();
                    onPath.remove(done);
                    finished.add(done);
                }
            }
        }
        return false;
    }
}
