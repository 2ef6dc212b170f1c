package app.limber.library.ui;

import app.limber.library.StretchCard;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * A library card as the list sends it to the browser: the data of one stretch that
 * {@link StretchCards}' template draws (its name, address, language mark, figure, ...).
 */
record ShownCard(StretchCard stretch) {

    private static final LitRenderer<StretchCard> RENDERER = StretchCards.renderer();

    /** One property of the card's data, as the browser gets it (null: not sent, the template leaves it out). */
    Object property(String name) {
        var provider = RENDERER.getValueProviders().get(name);
        if (provider == null) {
            throw new IllegalArgumentException("The card's template has no property " + name);
        }
        return provider.apply(stretch);
    }

    /** The figure's markup (the body map's, for a stretch without a pose). */
    String figure() {
        return (String) property("figure");
    }

    /** The language marked on the card's name, or null when it is the page's. */
    String lang() {
        return (String) property("lang");
    }

    /** What a screen reader says of the figure (set beside its markup, as text). */
    String figureLabel() {
        return (String) property("figureLabel");
    }

    /** Whether the body map stands in for a figure. */
    boolean showsTheBodyMap() {
        return String.valueOf(property("figureClass")).contains("limber-body-map");
    }
}
