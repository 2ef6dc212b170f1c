package app.limber.library.ui;

import app.limber.base.Words;
import app.limber.base.ui.ListedCard;
import app.limber.body.ui.StretchFigure;
import app.limber.body.Muscle;
import app.limber.library.StretchCard;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.util.stream.Stream;

/** One stretch in the library list: its figure, name (a link to its page), muscles and dose. */
class StretchCardComponent extends Card {

    StretchCardComponent(StretchCard stretch) {
        addClassName("limber-stretch-card");
        ListedCard.named(this, stretch.name());
        addThemeVariants(CardVariant.LUMO_HORIZONTAL, CardVariant.LUMO_OUTLINED);
        setMedia(StretchFigure.of(stretch.pose(), stretch.primaryMuscles(), stretch.secondaryMuscles(), stretch.name(),
                StretchFigure.Size.SMALL));

        var name = new RouterLink(stretch.name(), StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(stretch.id())));
        name.addClassName("limber-stretch-name");
        ContentLanguage.mark(name, stretch.contentLanguage());
        setTitle(name);

        var muscles = new Span(Muscle.listedInWords(Stream.concat(stretch.primaryMuscles().stream(),
                stretch.secondaryMuscles().stream()).toList()).shown());
        muscles.addClassName("limber-stretch-muscles");
        setSubtitle(muscles);

        var facts = new Span(String.join(" · ", Words.label(stretch.kind()).shown(), Words.label(stretch.position()).shown(),
                Dose.of(stretch.holdSeconds(), stretch.reps(), stretch.perSide())));
        facts.addClassName("limber-stretch-facts");
        add(facts);

        var origin = new Badge(getTranslation(stretch.builtIn() ? "stretch-card.built-in" : "stretch-card.mine"));
        origin.addClassName(stretch.builtIn() ? "limber-origin-built-in" : "limber-origin-mine");
        setHeaderSuffix(origin);
    }
}
