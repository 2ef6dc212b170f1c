package app.limber.player.ui;

import app.limber.base.Refusal;
import app.limber.base.Words;
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

    final RadioButtonGroup<Feeling> feeling = new RadioButtonGroup<>(getTranslation("player.done.feeling"));
    final RadioButtonGroup<Integer> painLevel = new RadioButtonGroup<>(getTranslation("player.done.pain-level"));
    final BodyMapPicker painMap = BodyMapPicker.forTouch(getTranslation("player.done.body-map"));
    final CheckboxGroup<Muscle> painList = new CheckboxGroup<>(getTranslation("player.done.pain-list"));
    final Span painWhere = new Span();
    final Span painError = new Span();
    final RadioButtonGroup<PainSide> painSide = new RadioButtonGroup<>(getTranslation("player.done.pain-side"));
    final TextArea note = new TextArea(getTranslation("player.done.note"));
    final Button save = new Button(getTranslation("player.done.save"));
    final Paragraph saved = new Paragraph();
    final Paragraph summary;
    private final Set<Muscle> painPicked = EnumSet.noneOf(Muscle.class);

    /** @param onGone the share link stopped working as they saved: the player says so */
    DoneScreen(PlaySource source, SessionEnd ending, Supplier<Component> backLink, Runnable onGone) {
        this.source = source;
        this.onGone = onGone;
        summary = new Paragraph(summary(ending));
        summary.addClassName("limber-player-summary");
        add(new H1(getTranslation(ending.complete() ? "player.done.title" : "player.done.title-ended")), summary);

        feeling.setItems(Feeling.values());
        feeling.setItemLabelGenerator(value -> Words.label(value).shown());
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
        save.setText(getTranslation(source.asksForPainAndNote() ? "player.done.save" : "player.done.i-did-it"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClickListener(click -> saveFeedback());
        saved.addClassName("limber-player-saved");
        saved.setVisible(false);
        saved.getElement().setAttribute("role", "status");
        var buttons = new Div(save, backLink.get());
        buttons.addClassName("limber-player-buttons");
        add(buttons, saved);
    }

    /** "You did 3 of 4 steps. Child's pose was skipped." or, when every step was done, "You did all 4 steps." (in the UI's language) */
    static String summary(SessionEnd ending) {
        int steps = ending.steps();
        var text = new StringBuilder((ending.complete() ? Words.of("player.done.did-all", steps)
                : Words.of("player.done.did-some", ending.stepsDone(), steps)).shown());
        if (!ending.complete()) {
            for (Outcome outcome : List.of(Outcome.SHORTENED, Outcome.SKIPPED)) {
                List<String> names = ending.named(outcome);
                if (!names.isEmpty()) {
                    text.append(' ').append(Words.of(outcome == Outcome.SKIPPED ? "player.done.skipped" : "player.done.shortened", joined(names), names.size()).shown());
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
                text.append(' ').append(Words.of("player.done.took-easier", result.name(), result.easier().name()).shown());
            }
        }
        return text.toString();
    }

    /** "A", "A and B", "A, B and C" (names as typed, joined in the reader's language). */
    static Object joined(List<String> names) {
        Object joined = names.getFirst();
        for (int i = 1; i < names.size(); i++) {
            joined = Words.of(i == names.size() - 1 ? "words.and" : "words.comma", joined, names.get(i));
        }
        return joined;
    }

    private void addPainAndNote() {
        painLevel.setItems(IntStream.rangeClosed(0, SessionService.MAX_PAIN).boxed().toList());
        painLevel.setItemLabelGenerator(String::valueOf);
        painLevel.setValue(0);
        painLevel.addClassNames("limber-choice", "limber-pain-scale");

        painSide.setItems(PainSide.values());
        painSide.setItemLabelGenerator(value -> Words.label(value).shown());
        painSide.addClassName("limber-choice");
        painSide.addValueChangeListener(event -> painSide.setInvalid(false));

        List<Muscle> byName = new ArrayList<>(Arrays.asList(Muscle.values()));
        byName.sort(Comparator.comparing(DoneScreen::shownName));
        painList.setItems(byName);
        painList.setItemLabelGenerator(DoneScreen::shownName);
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

        var where = new Div(new Span(getTranslation("player.done.where")),
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
        note.setHelperText(getTranslation("player.done.note-helper", SessionService.MAX_NOTE));
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(event -> {
            note.setHelperText(getTranslation("player.done.note-count", event.getValue().length(), SessionService.MAX_NOTE));
            note.setInvalid(false);
        });
        note.setWidthFull();
        add(painLevel, where, note);
    }

    /** A muscle's name in the UI's language. */
    private static String shownName(Muscle muscle) {
        return Words.label(muscle).shown();
    }

    private void picked(Set<Muscle> muscles) {
        painPicked.clear();
        painPicked.addAll(muscles);
        painWhere.setText(StepScreen.muscles(painPicked.stream().sorted(Comparator.comparing(DoneScreen::shownName)).toList()));
        painError.setText("");
    }

    void saveFeedback() {
        boolean ok = true;
        if (feeling.getValue() == null) {
            feeling.setErrorMessage(getTranslation("player.done.choose-feeling"));
            feeling.setInvalid(true);
            ok = false;
        }
        int level = source.asksForPainAndNote() && painLevel.getValue() != null ? painLevel.getValue() : 0;
        if (level > 0 && painPicked.isEmpty()) {
            painError.setText(getTranslation("player.done.pain-without-place"));
            ok = false;
        }
        if (level > 0 && painSide.getValue() == null) {
            painSide.setErrorMessage(getTranslation("player.done.pain-without-side"));
            painSide.setInvalid(true);
            ok = false;
        }
        if (note.getValue().strip().length() > SessionService.MAX_NOTE) {
            note.setErrorMessage(getTranslation("player.done.note-too-long", SessionService.MAX_NOTE));
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
            saved.setText(refused instanceof Refusal refusal ? refusal.words().shown() : refused.getMessage());
            saved.setVisible(true);
            return;
        } catch (ShareLinkGoneException gone) {
            onGone.run();
            return;
        }
        saved.setText(getTranslation(source.asksForPainAndNote() ? "player.done.saved" : "player.done.counted"));
        saved.setVisible(true);
        save.setText(getTranslation(source.asksForPainAndNote() ? "player.done.save-changes" : "player.done.saved-button"));
        save.setEnabled(source.asksForPainAndNote());
    }
}
