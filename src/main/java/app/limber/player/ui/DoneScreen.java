package app.limber.player.ui;

import app.limber.body.ui.BodyMapPicker;
import app.limber.coaching.Feeling;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionService;
import app.limber.body.Muscle;
import app.limber.player.PlaySource;
import app.limber.player.PlaySource.SessionEnd;
import app.limber.sharing.ShareLinkGoneException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The last screen: "Done!" (or "Session ended" for part of the routine) and how it felt; an
 * athlete also says whether and where it hurt and may add a note for their coach. Someone with
 * a share link only says how it felt, and only for the whole routine ("I did it").
 */
class DoneScreen extends Div {

    private final PlaySource source;
    private final Runnable onGone;

    final RadioButtonGroup<Feeling> feeling = new RadioButtonGroup<>("How did it feel?");
    final RadioButtonGroup<Boolean> pain = new RadioButtonGroup<>("Any pain?");
    final BodyMapPicker painMap = new BodyMapPicker();
    final Span painWhere = new Span();
    final Span painError = new Span();
    final TextArea note = new TextArea("Note for your coach (optional)");
    final Button save = new Button("Save");
    final Paragraph saved = new Paragraph();
    private final Set<Muscle> painPicked = EnumSet.noneOf(Muscle.class);

    /** @param onGone the share link stopped working as they saved: the player says so */
    DoneScreen(PlaySource source, SessionEnd ending, Supplier<Component> backLink, Runnable onGone) {
        this.source = source;
        this.onGone = onGone;
        String title = source.routine().routine().title();
        int steps = ending.steps();
        add(new H2(ending.complete() ? "Done!" : "Session ended"), new Paragraph(ending.complete()
                ? "You did all " + steps + (steps == 1 ? " step" : " steps") + " of " + title + "."
                : "You did " + ending.stepsReached() + " of " + steps + " steps of " + title + "."));

        feeling.setItems(Feeling.values());
        feeling.setItemLabelGenerator(Feeling::label);
        feeling.addClassName("limber-choice");
        feeling.addValueChangeListener(event -> feeling.setInvalid(false));
        add(feeling);
        if (source.asksForPainAndNote()) {
            addPainAndNote();
        }
        if (!source.asksForPainAndNote() && !ending.complete()) {
            // an anonymous "I did it" counts a completion: not for part of the routine
            feeling.setVisible(false);
            Component back = backLink.get();
            back.addClassName("limber-player-done-back");
            add(back);
            return;
        }
        save.setText(source.asksForPainAndNote() ? "Save" : "I did it");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(click -> saveFeedback());
        saved.addClassName("limber-player-saved");
        saved.setVisible(false);
        saved.getElement().setAttribute("role", "status");
        var buttons = new Div(save, backLink.get());
        buttons.addClassName("limber-player-buttons");
        add(buttons, saved);
    }

    private void addPainAndNote() {
        pain.setItems(false, true);
        pain.setItemLabelGenerator(hurt -> hurt ? "Yes, it hurt" : "No pain");
        pain.setValue(false);
        pain.addClassName("limber-choice");
        var where = new Div(new Span("Tap where it hurt:"), painMap, painWhere, painError);
        where.addClassName("limber-player-pain");
        where.setVisible(false);
        painError.addClassName("limber-field-error");
        painError.getElement().setAttribute("role", "alert");
        pain.addValueChangeListener(event -> {
            where.setVisible(Boolean.TRUE.equals(event.getValue()));
            painError.setText("");
        });
        painMap.addSelectionListener(muscles -> {
            painPicked.clear();
            painPicked.addAll(muscles);
            painWhere.setText(Muscle.listed(muscles.stream().sorted(Comparator.comparing(Muscle::label)).toList()));
            painError.setText("");
        });
        note.setMaxLength(SessionService.MAX_NOTE);
        note.setHelperText("Up to " + SessionService.MAX_NOTE + " characters");
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(event -> {
            note.setHelperText(event.getValue().length() + " / " + SessionService.MAX_NOTE);
            note.setInvalid(false);
        });
        note.setWidthFull();
        add(pain, where, note);
    }

    void saveFeedback() {
        boolean ok = true;
        if (feeling.getValue() == null) {
            feeling.setErrorMessage("Choose how it felt.");
            feeling.setInvalid(true);
            ok = false;
        }
        boolean hurt = source.asksForPainAndNote() && Boolean.TRUE.equals(pain.getValue());
        if (hurt && painPicked.isEmpty()) {
            painError.setText(SessionService.PAIN_WITHOUT_PLACE);
            ok = false;
        }
        if (note.getValue().strip().length() > SessionService.MAX_NOTE) {
            note.setErrorMessage("Keep the note to at most " + SessionService.MAX_NOTE + " characters.");
            note.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            source.feedback(new SessionFeedback(feeling.getValue(), hurt, hurt ? painPicked : Set.of(),
                    source.asksForPainAndNote() ? note.getValue() : ""));
        } catch (InvalidSessionException refused) {
            saved.setText(refused.getMessage());
            saved.setVisible(true);
            return;
        } catch (ShareLinkGoneException gone) {
            onGone.run();
            return;
        }
        saved.setText(source.asksForPainAndNote() ? "Saved. Your coach will see how it went." : "Thanks! Counted.");
        saved.setVisible(true);
        save.setText(source.asksForPainAndNote() ? "Save changes" : "Saved");
        save.setEnabled(source.asksForPainAndNote());
    }
}
