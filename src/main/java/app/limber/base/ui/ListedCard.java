package app.limber.base.ui;

import com.vaadin.flow.component.card.Card;

/**
 * A card that is one item of a list (a stretch in the library, a routine, a session): an
 * article named after what it shows. A Vaadin card is otherwise a {@code region} landmark,
 * and a page of unnamed landmarks, one per item, is noise to a screen reader's landmark list.
 */
public final class ListedCard {

    private ListedCard() {
    }

    /** Marks the card as a list item named {@code name} (its title as the user reads it). */
    public static <C extends Card> C named(C card, String name) {
        card.getElement().setAttribute("role", "article");
        card.getElement().setAttribute("aria-label", name);
        return card;
    }
}
