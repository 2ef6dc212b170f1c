package app.limber.routine.ui;

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
        getElement().setAttribute("aria-label", "Stretch");
        close.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel("Close the stretch");
        close.setTooltipText("Close");
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
        dose.setText((stepDose != null ? "In this routine: " : "Default dose: ") + shown.describe());
        content.removeAll();
        content.add(StretchFigure.of(stretch.pose(), stretch.primaryMuscles(), stretch.secondaryMuscles(), stretch.name(),
                StretchFigure.Size.LARGE), new Paragraph(stretch.summary()));
        var steps = new OrderedList();
        stretch.instructions().forEach(step -> steps.add(new ListItem(step)));
        content.add(new H4("How to do it"), steps);
        section("What you should feel", stretch.cues());
        section("Check before you start", stretch.contraindicationCautions());
        section("When to stop", stretch.cautions());
        content.add(new H4("Muscles"), new Paragraph(Muscle.listed(stretch.primaryMuscles())
                + (stretch.secondaryMuscles().isEmpty() ? "" : "; also " + Muscle.listed(stretch.secondaryMuscles()))));
        if (stepDose != null && !stepDose.note().isBlank()) {
            content.add(new H4("Your note"), new Paragraph(stepDose.note()));
        }
        setVisible(true);
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
