package app.limber.routine.ui;

import app.limber.base.Words;
import app.limber.body.Muscle;
import app.limber.body.ui.StretchFigure;
import app.limber.library.StretchDetails;
import app.limber.routine.Sides;
import app.limber.routine.StepDose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/**
 * A stretch read beside the steps, without leaving the editor: how it is done, what the
 * athlete should feel, when to stop, the muscles, and the dose: the step's own when it was
 * opened from a step, the stretch's default when from the library.
 */
class StretchPreview extends Div {

    final H3 name = new H3();
    final Paragraph dose = new Paragraph();
    final Div content = new Div();
    final Button close = new Button(VaadinIcon.CLOSE_SMALL.create());

    StretchPreview(Runnable onClose) {
        addClassName("limber-stretch-preview");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("stretch-preview.region"));
        close.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("stretch-preview.close.label"));
        close.setTooltipText(getTranslation("stretch-preview.close"));
        close.addClickListener(click -> onClose.run());
        dose.addClassName("limber-stretch-dose");
        var header = new Div(name, close);
        header.addClassName("limber-preview-header");
        add(header, dose, content);
        setVisible(false);
    }

    /** Shows a stretch with a step's dose, or (dose null) with the stretch's default dose. */
    void show(StretchDetails stretch, StepDose stepDose) {
        name.setText(stretch.name());
        StepDose shown = stepDose != null ? stepDose : new StepDose(stretch.holdSeconds(), stretch.reps(),
                stretch.perSide() ? Sides.EACH_SIDE : Sides.BOTH_AT_ONCE, null, 0, "");
        dose.setText(getTranslation(stepDose != null ? "stretch-preview.in-this-routine" : "stretch-preview.default-dose",
                shown.describeInWords()));
        content.removeAll();
        content.add(StretchFigure.of(stretch.pose(), stretch.primaryMuscles(), stretch.secondaryMuscles(), stretch.name(),
                StretchFigure.Size.LARGE), new Paragraph(stretch.summary()));
        var steps = new OrderedList();
        stretch.instructions().forEach(step -> steps.add(new ListItem(step)));
        content.add(new H4(getTranslation("stretch-preview.how")), steps);
        section(getTranslation("stretch-preview.feel"), stretch.cues());
        section(getTranslation("stretch-preview.check"), stretch.contraindications().stream().sorted()
                .map(caution -> shown(Words.of("contraindication.caution." + caution.name()))).toList());
        section(getTranslation("stretch-preview.stop"), stretch.cautions());
        Words muscles = stretch.secondaryMuscles().isEmpty() ? muscles(stretch.primaryMuscles())
                : Words.of("stretch-preview.muscles-also", muscles(stretch.primaryMuscles()), muscles(stretch.secondaryMuscles()));
        content.add(new H4(getTranslation("stretch-preview.muscles")), new Paragraph(shown(muscles)));
        if (stepDose != null && !stepDose.note().isBlank()) {
            content.add(new H4(getTranslation("stretch-preview.note")), new Paragraph(stepDose.note()));
        }
        setVisible(true);
    }

    /** "Calf (soleus), Hamstrings": muscles in their order, in the reader's language. */
    static Words muscles(List<Muscle> muscles) {
        if (muscles.isEmpty()) {
            return Words.of("stretch-preview.no-muscles");
        }
        Words listed = Words.label(muscles.getFirst());
        for (int index = 1; index < muscles.size(); index++) {
            listed = Words.of("words.comma", listed, Words.label(muscles.get(index)));
        }
        return listed;
    }

    private String shown(Words words) {
        return getTranslation(words.key(), words.args().toArray());
    }

    private void section(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        content.add(new H4(title), list);
    }
}
