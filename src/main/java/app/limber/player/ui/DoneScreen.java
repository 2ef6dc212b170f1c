package app.limber.player.ui;

import app.limber.body.Muscle;
import app.limber.body.ui.BodyMapPicker;
import app.limber.coaching.Feeling;
import app.limber.coaching.InvalidSessionException;
import app.limber.coaching.PainSide;
import app.limber.coaching.SessionFeedback;
import app.limber.coaching.SessionService;
import app.limber.coaching.StepResult;
import app.limber.coaching.StepResult.Outcome;
import app.limber.player.PlaySource;
import app.limber.player.PlaySource.SessionEnd;
import app.limber.sharing.ShareLinkGoneException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The last screen: "Done!" (or "Session ended" when some step was not done) with what the
 * player saw done, and how it felt; an athlete also rates the pain from 0 to 10 and, when it
 * hurt, says where (on the body map or, without having to aim, in a list) and on which side,
 * and may add a note for their coach. Someone with a share link only says how it felt, and
 * only for the whole routine ("I did it").
 */
class DoneScreen extends Div {

    private final PlaySource source;
    private final Runnable onGone;

    final RadioButtonGroup<Feeling> feeling = new RadioButtonGroup<>("How did it feel?");
    final RadioButtonGroup<Integer> painLevel = new RadioButtonGroup<>("Any pain? 0 is none, 10 the worst imaginable");
    final BodyMapPicker painMap = BodyMapPicker.forTouch("Body map: tap where it hurt");
    final CheckboxGroup<Muscle> painList = new CheckboxGroup<>("Or choose from the list");
    final Span painWhere = new Span();
    final Span painError = new Span();
    final RadioButtonGroup<PainSide> painSide = new RadioButtonGroup<>("Which side?");
    final TextArea note = new TextArea("Note for your coach (optional)");
    final Button save = new Button("Save");
    final Paragraph saved = new Paragraph();
    final Paragraph summary;
    private final Set<Muscle> painPicked = EnumSet.noneOf(Muscle.class);

    /** @param onGone the share link stopped working as they saved: the player says so */
    DoneScreen(PlaySource source, SessionEnd ending, Supplier<Component> backLink, Runnable onGone) {
        this.source = source;
        this.onGone = onGone;
        summary = new Paragraph(summary(ending));
        summary.addClassName("limber-player-summary");
        add(new H1(ending.complete() ? "Done!" : "Session ended"), summary);

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

    /** "You did 3 of 4 steps. Child's pose was skipped." or, when every step was done, "You did all 4 steps." */
    static String summary(SessionEnd ending) {
        int steps = ending.steps();
        var text = new StringBuilder(ending.complete() ? "You did all " + steps + (steps == 1 ? " step." : " steps.")
                : "You did " + ending.stepsDone() + " of " + steps + (steps == 1 ? " step." : " steps."));
        if (!ending.complete()) {
            for (Outcome outcome : List.of(Outcome.SHORTENED, Outcome.SKIPPED)) {
                List<String> names = ending.named(outcome);
                if (!names.isEmpty()) {
                    text.append(' ').append(joined(names)).append(names.size() == 1 ? " was " : " were ").append(outcome.label()).append('.');
                }
            }
        }
        // held until it released: how long it took ("Knee bend calf stretch: released after 40 s.")
        for (StepResult result : ending.results()) {
            if (result.release() != null && result.outcome() != Outcome.SKIPPED) {
                text.append(' ').append(result.name()).append(": ").append(result.release().describe()).append('.');
            }
        }
        for (StepResult result : ending.results()) {
            if (result.easier() != null) {
                text.append(" You took the easier version of ").append(result.name()).append(": ")
                        .append(result.easier().name()).append('.');
            }
        }
        return text.toString();
    }

    /** "A", "A and B", "A, B and C". */
    private static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private void addPainAndNote() {
        painLevel.setItems(IntStream.rangeClosed(0, SessionService.MAX_PAIN).boxed().toList());
        painLevel.setItemLabelGenerator(String::valueOf);
        painLevel.setValue(0);
        painLevel.addClassNames("limber-choice", "limber-pain-scale");

        painSide.setItems(PainSide.values());
        painSide.setItemLabelGenerator(PainSide::label);
        painSide.addClassName("limber-choice");
        painSide.addValueChangeListener(event -> painSide.setInvalid(false));

        List<Muscle> byName = new ArrayList<>(Arrays.asList(Muscle.values()));
        byName.sort(Comparator.comparing(Muscle::label));
        painList.setItems(byName);
        painList.setItemLabelGenerator(Muscle::label);
        painList.addClassName("limber-pain-list");
        painList.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                picked(event.getValue());
                painMap.setSelected(painPicked);
            }
        });
        painMap.addSelectionListener(muscles -> {
            picked(muscles);
            painList.setValue(painPicked);
        });

        var where = new Div(new Span("Where did it hurt? Tap it on the body map, or choose it in the list."),
                painMap, painList, painWhere, painError, painSide);
        where.addClassName("limber-player-pain");
        where.setVisible(false);
        painError.addClassName("limber-field-error");
        painError.getElement().setAttribute("role", "alert");
        painLevel.addValueChangeListener(event -> {
            where.setVisible(event.getValue() != null && event.getValue() > 0);
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
        add(painLevel, where, note);
    }

    private void picked(Set<Muscle> muscles) {
        painPicked.clear();
        painPicked.addAll(muscles);
        painWhere.setText(Muscle.listed(painPicked.stream().sorted(Comparator.comparing(Muscle::label)).toList()));
        painError.setText("");
    }

    void saveFeedback() {
        boolean ok = true;
        if (feeling.getValue() == null) {
            feeling.setErrorMessage("Choose how it felt.");
            feeling.setInvalid(true);
            ok = false;
        }
        int level = source.asksForPainAndNote() && painLevel.getValue() != null ? painLevel.getValue() : 0;
        if (level > 0 && painPicked.isEmpty()) {
            painError.setText(SessionService.PAIN_WITHOUT_PLACE);
            ok = false;
        }
        if (level > 0 && painSide.getValue() == null) {
            painSide.setErrorMessage(SessionService.PAIN_WITHOUT_SIDE);
            painSide.setInvalid(true);
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
            source.feedback(level > 0
                    ? new SessionFeedback(feeling.getValue(), level, painSide.getValue(), painPicked,
                            source.asksForPainAndNote() ? note.getValue() : "")
                    : SessionFeedback.withoutPain(feeling.getValue(), source.asksForPainAndNote() ? note.getValue() : ""));
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
