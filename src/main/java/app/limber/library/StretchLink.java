package app.limber.library;

/** Another stretch named from a stretch (its easier or harder version): enough to show it and link to it. */
public record StretchLink(long id, String name) {
}
