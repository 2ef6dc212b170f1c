package app.limber.library.ui;

import app.limber.body.Muscle;
import app.limber.body.Pose;
import app.limber.body.Pose.Joint;
import app.limber.body.Pose.Limbs;
import app.limber.body.Pose.Posture;
import app.limber.body.Pose.View;
import app.limber.body.PoseEditing;
import app.limber.body.PoseFigure;
import app.limber.library.StretchCard;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The figure of a coach's own stretch: start from a built-in stretch's figure, then pose it by
 * dragging its joints or by typing each joint's angle (the keyboard's way). Angles stay inside
 * what a body reaches: a number outside is refused next to its field and changes nothing, a
 * drag past the range stops at its end. "No figure" leaves the body map to show the stretch.
 */
class PoseEditor extends CustomField<Pose> {

    /** One joint's angle field: which joint, and on which side (null for the trunk and the neck). */
    private record Angle(Joint joint, Boolean near) {
    }

    final ComboBox<StretchCard> startFrom = new ComboBox<>(getTranslation("pose-editor.start-from"));
    final RadioButtonGroup<View> view = new RadioButtonGroup<>(getTranslation("pose-editor.seen-from"));
    final Select<Integer> key = new Select<>();
    final Map<Angle, IntegerField> angles = new LinkedHashMap<>();
    final Button none = new Button(getTranslation("pose-editor.no-figure"));
    final PoseDrag drag = new PoseDrag(this::dragged);
    private final Div posing = new Div();
    private final Paragraph empty = new Paragraph(getTranslation("pose-editor.empty"));
    private final Supplier<Collection<Muscle>> primary;
    private final Supplier<Collection<Muscle>> secondary;
    private Pose pose;

    /**
     * @param builtIns the built-in stretches to start from (those with a figure are offered)
     * @param primary  the muscles the stretch works now, to highlight on the figure
     */
    PoseEditor(List<StretchCard> builtIns, Supplier<Collection<Muscle>> primary, Supplier<Collection<Muscle>> secondary) {
        this.primary = primary;
        this.secondary = secondary;
        setLabel(getTranslation("pose-editor.figure"));
        addClassName("limber-pose-editor");
        startFrom.setItems(builtIns.stream().filter(card -> card.pose() != null).toList());
        startFrom.setItemLabelGenerator(StretchCard::name);
        startFrom.setPlaceholder(getTranslation("pose-editor.choose-stretch"));
        startFrom.setWidth("26rem"); // its label is long in German and Spanish
        startFrom.setMaxWidth("100%");
        startFrom.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue().pose());
                updateValue();
            }
        });
        view.setItems(View.values());
        view.setItemLabelGenerator(side -> getTranslation(side == View.SIDE ? "pose-editor.the-side" : "pose-editor.the-front"));
        view.addValueChangeListener(change -> {
            if (change.isFromClient() && pose != null && change.getValue() != null) {
                show(new Pose(change.getValue(), pose.focus(), pose.props(), pose.motion(), pose.keys()));
                updateValue();
            }
        });
        key.setLabel(getTranslation("pose-editor.posture"));
        key.setItemLabelGenerator(index -> getTranslation("pose-editor.posture-of", index + 1, pose == null ? 1 : pose.keys().size()));
        key.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                show(pose);
            }
        });
        angles.put(new Angle(Joint.TRUNK, null), field(getTranslation("pose-editor.trunk")));
        angles.put(new Angle(Joint.NECK, null), field(getTranslation("pose-editor.neck")));
        for (boolean near : new boolean[]{true, false}) {
            for (Joint joint : List.of(Joint.SHOULDER, Joint.ELBOW, Joint.HIP, Joint.KNEE, Joint.ANKLE)) {
                angles.put(new Angle(joint, near), field(getTranslation(label(joint, near))));
            }
        }
        angles.forEach((angle, field) -> field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                typed(angle, field);
            }
        }));
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        none.addClickListener(click -> {
            show(null);
            updateValue();
        });
        var fields = new Div();
        fields.addClassName("limber-pose-angles");
        angles.values().forEach(fields::add);
        var controls = new Div(view, key, fields, none);
        controls.addClassName("limber-pose-controls");
        posing.add(drag, controls);
        posing.addClassName("limber-pose-posing");
        add(new Div(startFrom), empty, posing);
        show(null);
    }

    /** The key of a limb's angle field's label: "Near knee (°)". */
    private static String label(Joint joint, boolean near) {
        return switch (joint) {
            case SHOULDER -> near ? "pose-editor.near-shoulder" : "pose-editor.far-shoulder";
            case ELBOW -> near ? "pose-editor.near-elbow" : "pose-editor.far-elbow";
            case HIP -> near ? "pose-editor.near-hip" : "pose-editor.far-hip";
            case KNEE -> near ? "pose-editor.near-knee" : "pose-editor.far-knee";
            case ANKLE -> near ? "pose-editor.near-ankle" : "pose-editor.far-ankle";
            case TRUNK, NECK -> throw new IllegalArgumentException(joint + " is not a limb's joint");
        };
    }

    private static IntegerField field(String label) {
        var field = new IntegerField(label);
        field.setStepButtonsVisible(true);
        field.setStep(5);
        field.setManualValidation(true);
        return field;
    }

    /** Draws the figure again with the muscles as they are in the form now. */
    void redraw() {
        if (pose != null) {
            drawPreview();
        }
    }

    @Override
    protected Pose generateModelValue() {
        return pose;
    }

    @Override
    protected void setPresentationValue(Pose value) {
        show(value);
    }

    private void typed(Angle angle, IntegerField field) {
        Integer value = field.getValue();
        View seen = pose.view();
        if (value == null || value < angle.joint().min(seen) || value > angle.joint().max(seen)) {
            field.setErrorMessage(getTranslation("pose-editor.out-of-range", angle.joint().min(seen), angle.joint().max(seen)));
            field.setInvalid(true);
            return; // the figure keeps its last good angle
        }
        field.setInvalid(false);
        replaceKey(with(posture(), angle, value));
    }

    private void dragged(PoseEditing.Handle handle, PoseFigure.Xy at) {
        if (pose == null) {
            return;
        }
        replaceKey(PoseEditing.dragged(Pose.still(pose.view(), pose.focus(), pose.props(), posture()), handle, at));
    }

    private void replaceKey(Posture posture) {
        List<Posture> keys = new ArrayList<>(pose.keys());
        keys.set(keyIndex(), posture);
        show(new Pose(pose.view(), pose.focus(), pose.props(), pose.motion(), keys));
        updateValue();
    }

    private void show(Pose shown) {
        int index = pose == null || shown == null || shown.keys().size() != pose.keys().size() ? 0 : keyIndex();
        pose = shown;
        empty.setVisible(shown == null);
        posing.setVisible(shown != null);
        none.setEnabled(shown != null);
        if (shown == null) {
            return;
        }
        view.setValue(shown.view());
        key.setItems(IntStream.range(0, shown.keys().size()).boxed().toList());
        key.setValue(index);
        key.setVisible(shown.keys().size() > 1);
        Posture posture = shown.keys().get(index);
        angles.forEach((angle, field) -> {
            field.setMin(angle.joint().min(shown.view()));
            field.setMax(angle.joint().max(shown.view()));
            field.setHelperText(getTranslation("pose-editor.range", angle.joint().min(shown.view()), angle.joint().max(shown.view())));
            field.setValue(value(posture, angle));
            field.setInvalid(false);
        });
        drawPreview();
    }

    private void drawPreview() {
        drag.removeAll();
        Pose still = Pose.still(pose.view(), pose.focus(), pose.props(), posture());
        var figure = new Svg(PoseFigure.svgToPose(still, primary.get(), secondary.get(), getTranslation("pose-editor.figure-being-posed")));
        figure.addClassNames("limber-figure", "limber-figure-large");
        drag.add(figure);
    }

    private int keyIndex() {
        return key.getValue() == null ? 0 : Math.min(key.getValue(), pose.keys().size() - 1);
    }

    private Posture posture() {
        return pose.keys().get(keyIndex());
    }

    private static int value(Posture posture, Angle angle) {
        return switch (angle.joint()) {
            case TRUNK -> posture.trunk();
            case NECK -> posture.neck();
            default -> (angle.near() ? posture.near() : posture.far()).angle(angle.joint());
        };
    }

    private static Posture with(Posture posture, Angle angle, int value) {
        return switch (angle.joint()) {
            case TRUNK -> new Posture(value, posture.neck(), posture.near(), posture.far());
            case NECK -> new Posture(posture.trunk(), value, posture.near(), posture.far());
            default -> {
                Limbs limbs = PoseEditing.with(angle.near() ? posture.near() : posture.far(), angle.joint(), value);
                yield angle.near() ? new Posture(posture.trunk(), posture.neck(), limbs, posture.far())
                        : new Posture(posture.trunk(), posture.neck(), posture.near(), limbs);
            }
        };
    }
}
