package app.limber.library.ui;

import app.limber.base.Words;
import app.limber.body.Muscle;
import app.limber.body.ui.StretchFigure;
import app.limber.library.StretchCard;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

import java.util.stream.Stream;

/**
 * The library's stretch cards, drawn in the browser from each stretch's data: a Vaadin card with
 * the stretch's figure, its name as a link to its page (marked with the stretch's language when it
 * is not the page's), the muscles it works, its kind, position and dose, and whether it is built in
 * or the coach's own. The server keeps no component per card, only the stretches the list shows
 * (issue 17: what a coach's library session holds). Every text goes in as text, escaped by Lit;
 * only the figure's markup goes in as markup: Limber draws it from numbers and its own words,
 * with no text anyone typed in it (the figure's label, which holds the stretch's name, is an
 * attribute beside it), drawn once and shared by every session ({@link StretchFigure#drawing}).
 */
final class StretchCards {

    /** The card, as {@code Card} with {@code setMedia}, {@code setTitle}, {@code setSubtitle}, {@code add}, {@code setHeaderSuffix} made it. */
    static final String TEMPLATE = "<vaadin-card class=\"limber-stretch-card\" theme=\"horizontal outlined\" role=\"article\" aria-label=\"${item.name}\">"
            // the figure's markup holds no text anyone typed (StretchFigure.Drawing); its label goes in as text
            + "<div slot=\"media\" class=\"${item.figureClass}\" role=\"img\" aria-label=\"${item.figureLabel}\" .innerHTML=\"${item.figure}\"></div>"
            + "${item.lang"
            + " ? html`<a slot=\"title\" href=\"${item.href}\" router-link class=\"limber-stretch-name\" lang=\"${item.lang}\">${item.name}</a>`"
            + " : html`<a slot=\"title\" href=\"${item.href}\" router-link class=\"limber-stretch-name\">${item.name}</a>`}"
            + "<span slot=\"subtitle\" class=\"limber-stretch-muscles\">${item.muscles}</span>"
            + "<span class=\"limber-stretch-facts\">${item.facts}</span>"
            + "<vaadin-badge slot=\"header-suffix\" class=\"${item.originClass}\">${item.origin}</vaadin-badge>"
            + "</vaadin-card>";

    private StretchCards() {
    }

    static LitRenderer<StretchCard> renderer() {
        return LitRenderer.<StretchCard>of(TEMPLATE)
                .withProperty("name", StretchCard::name)
                .withProperty("href", StretchCards::href)
                .withProperty("lang", card -> ContentLanguage.of(card.contentLanguage()))
                .withProperty("figure", card -> drawing(card).markup())
                .withProperty("figureLabel", card -> drawing(card).label())
                .withProperty("figureClass", card -> drawing(card).bodyMap()
                        ? "limber-body-map limber-body-map-thumbnail" : "limber-figure limber-figure-small")
                .withProperty("muscles", StretchCards::muscles)
                .withProperty("facts", StretchCards::facts)
                .withProperty("origin", card -> Words.of(card.builtIn() ? "stretch-card.built-in" : "stretch-card.mine").shown())
                .withProperty("originClass", card -> card.builtIn() ? "limber-origin-built-in" : "limber-origin-mine");
    }

    /** The stretch page's address, as a {@code RouterLink} to it has it. */
    static String href(StretchCard card) {
        return RouteConfiguration.forSessionScope().getUrl(StretchView.class,
                new RouteParameters(StretchView.ID, String.valueOf(card.id())));
    }

    static StretchFigure.Drawing drawing(StretchCard card) {
        return StretchFigure.drawing(card.pose(), card.primaryMuscles(), card.secondaryMuscles(), card.name());
    }

    static String muscles(StretchCard card) {
        return Muscle.listedInWords(Stream.concat(card.primaryMuscles().stream(), card.secondaryMuscles().stream()).toList()).shown();
    }

    static String facts(StretchCard card) {
        return String.join(" · ", Words.label(card.kind()).shown(), Words.label(card.position()).shown(),
                Dose.of(card.holdSeconds(), card.reps(), card.perSide()));
    }
}
