package app.limber.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A view whose keyboard users want to jump past the navigation to one part of it (the
 * library's results): the layout's skip link, the first stop on the page, names it and moves
 * the focus there. Views without it get "Skip to content", to the view itself.
 */
public interface SkipTarget {

    /** What the skip link says, such as "Skip to results". */
    String skipLinkText();

    /** Where the focus goes; the layout makes it focusable by script (tabindex -1). */
    Component skipTarget();
}
