package app.limber.library.ui;

import app.limber.account.Language;
import app.limber.account.Role;
import app.limber.base.Words;
import app.limber.library.Contraindication;
import app.limber.library.Equipment;
import app.limber.library.InvalidStretchException;
import app.limber.library.InvalidStretchException.Field;
import app.limber.library.LibraryService;
import app.limber.library.Ownership;
import app.limber.library.LibraryFilter;
import app.limber.body.Muscle;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchChangedException;
import app.limber.library.StretchDetails;
import app.limber.library.StretchDraft;
import app.limber.library.StretchKind;
import app.limber.library.StretchLink;
import com.vaadin.flow.component.combobox.ComboBox;
import app.limber.library.StretchNotFoundException;
import app.limber.library.UnknownContentLanguageException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A coach writes or changes a stretch of their own. Lists (steps, cues, cautions) are one
 * line each. Nothing is stored until every field is right; problems show next to the field
 * and what was typed stays.
 */
@Route("library/edit/:id?([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class StretchEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    final TextField name = new TextField(getTranslation("stretch-editor.name"));
    final TextArea summary = new TextArea(getTranslation("stretch-editor.summary"));
    final TextArea instructions = new TextArea(getTranslation("stretch-editor.steps"));
    final TextArea cues = new TextArea(getTranslation("stretch-editor.cues"));
    final TextArea cautions = new TextArea(getTranslation("stretch-editor.cautions"));
    final Select<StretchKind> kind = new Select<>();
    final Select<Position> position = new Select<>();
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>(getTranslation("stretch-editor.equipment"));
    final CheckboxGroup<Purpose> purposes = new CheckboxGroup<>(getTranslation("stretch-editor.use-for"));
    final CheckboxGroup<Contraindication> contraindications = new CheckboxGroup<>(getTranslation("stretch-editor.avoid-if"));
    final IntegerField hold = new IntegerField(getTranslation("stretch-editor.hold"));
    final IntegerField reps = new IntegerField(getTranslation("stretch-editor.reps"));
    final Checkbox perSide = new Checkbox(getTranslation("stretch-editor.each-side"));
    final MultiSelectComboBox<Muscle> primaryMuscles = new MultiSelectComboBox<>(getTranslation("stretch-editor.primary-muscles"));
    final MultiSelectComboBox<Muscle> secondaryMuscles = new MultiSelectComboBox<>(getTranslation("stretch-editor.secondary-muscles"));
    final TextField source = new TextField(getTranslation("stretch-editor.source"));
    final ComboBox<StretchLink> easier = new ComboBox<>(getTranslation("stretch-editor.easier"));
    final ComboBox<StretchLink> harder = new ComboBox<>(getTranslation("stretch-editor.harder"));
    /** The language the stretch's own texts are written in: the page's for a new one (each named in itself). */
    final Select<Language> writtenIn = new Select<>();
    final Button save = new Button(getTranslation("stretch-editor.save"));
    final PoseEditor figure;

    private final H1 heading = new H1(getTranslation("stretch-editor.new"));
    /** The form as last loaded or saved; anything else is unsaved typing. */
    private StretchDraft loaded;
    private Language loadedLanguage;
    private boolean leaving;
    private final LibraryService library;
    private StretchDetails editing;
    /** The stretches the coach can see (built-in and their own, in the library), to name as easier or harder. */
    private final List<StretchLink> linkable;

    public StretchEditorView(LibraryService library) {
        this.library = library;
        addClassNames("limber-page", "limber-stretch-editor");
        figure = new PoseEditor(library.search(LibraryFilter.NONE.withOwnership(Ownership.BUILT_IN), 0, 500),
                primaryMuscles::getValue, secondaryMuscles::getValue);
        primaryMuscles.addValueChangeListener(change -> figure.redraw());
        secondaryMuscles.addValueChangeListener(change -> figure.redraw());

        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        summary.setMaxLength(300);
        instructions.setRequiredIndicatorVisible(true);
        instructions.setHelperText(getTranslation("stretch-editor.steps.helper", 20, 300));
        kind.setLabel(getTranslation("stretch-editor.kind"));
        kind.setItems(StretchKind.values());
        kind.setItemLabelGenerator(value -> Words.label(value).shown());
        // says it is needed in words: vaadin-select marks its button aria-required, which a button may not have
        kind.setPlaceholder(getTranslation("stretch-editor.choose-kind"));
        position.setLabel(getTranslation("stretch-editor.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(value -> Words.label(value).shown());
        position.setPlaceholder(getTranslation("stretch-editor.choose-position"));
        equipment.setItems(Arrays.stream(Equipment.values()).filter(item -> item != Equipment.NONE).toList());
        equipment.setItemLabelGenerator(value -> Words.label(value).shown());
        purposes.setItems(Purpose.values());
        purposes.setItemLabelGenerator(value -> Words.label(value).shown());
        contraindications.setItems(Contraindication.values());
        contraindications.setItemLabelGenerator(value -> Words.label(value).shown());
        contraindications.setHelperText(getTranslation("stretch-editor.avoid-if.helper"));
        hold.setMin(0);
        hold.setMax(600);
        hold.setStepButtonsVisible(true);
        hold.setStep(5);
        reps.setMin(1);
        reps.setMax(50);
        reps.setStepButtonsVisible(true);
        for (MultiSelectComboBox<Muscle> muscles : List.of(primaryMuscles, secondaryMuscles)) {
            ChooserWords.speak(muscles);
            muscles.setItems(Muscle.values());
            muscles.setItemLabelGenerator(muscle -> muscle.words().shown());
        }
        primaryMuscles.setRequiredIndicatorVisible(true);
        linkable = library.search(LibraryFilter.NONE, 0, 1000).stream()
                .map(card -> new StretchLink(card.id(), card.name())).toList();
        for (ComboBox<StretchLink> variation : List.of(easier, harder)) {
            variation.setItems(linkable);
            variation.setItemLabelGenerator(StretchLink::name);
            variation.setClearButtonVisible(true);
            variation.setPlaceholder(getTranslation("stretch-editor.no-variation"));
        }
        easier.setHelperText(getTranslation("stretch-editor.easier.helper"));
        harder.setHelperText(getTranslation("stretch-editor.harder.helper"));
        writtenIn.setLabel(getTranslation("stretch-editor.written-in"));
        writtenIn.setItems(Language.values());
        writtenIn.setItemLabelGenerator(Language::nativeName);
        writtenIn.setEmptySelectionAllowed(false);
        writtenIn.setValue(Language.of(getLocale()));
        writtenIn.addValueChangeListener(change -> writtenIn.setInvalid(false));
        source.setMaxLength(300);
        source.setHelperText(getTranslation("stretch-editor.source.helper"));
        // the service decides what is valid; fields only show its answer, until the coach changes them
        fields().values().forEach(field -> {
            field.setManualValidation(true);
            ((HasValue<?, ?>) field).addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    field.setInvalid(false);
                }
            });
        });

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("stretch-editor.cancel"), click -> leave());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var form = new FormLayout(name, writtenIn, kind, position, summary, instructions, cues, cautions,
                hold, reps, perSide, primaryMuscles, secondaryMuscles, equipment, purposes, contraindications, easier, harder,
                source, figure);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (com.vaadin.flow.component.Component wide : new com.vaadin.flow.component.Component[]{
                summary, instructions, cues, cautions, equipment, purposes, contraindications, source, figure}) {
            form.setColspan(wide, 2);
        }
        add(heading, form, new HorizontalLayout(save, cancel));
        fill(emptyDraft());
        loaded = draft();
        loadedLanguage = writtenIn.getValue();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(StretchView.ID);
        if (id.isEmpty()) {
            editing = null;
            heading.setText(getTranslation("stretch-editor.new"));
            return;
        }
        editing = id.flatMap(library::find).filter(StretchDetails::mine).orElse(null);
        if (editing == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        heading.setText(getTranslation("stretch-editor.edit"));
        long itself = editing.id();
        for (ComboBox<StretchLink> variation : List.of(easier, harder)) {
            variation.setItems(linkable.stream().filter(link -> link.id() != itself).toList());
        }
        fill(new StretchDraft(editing.name(), editing.summary(), editing.instructions(), editing.cues(),
                editing.cautions(), editing.kind(), editing.position(), editing.equipment(), editing.purposes(),
                editing.holdSeconds(), editing.reps(), editing.perSide(), editing.primaryMuscles(),
                editing.secondaryMuscles(), editing.source(), editing.pose(), editing.contraindications())
                .withVariations(idOf(editing.easier()), idOf(editing.harder())));
        easier.setValue(editing.easier());
        harder.setValue(editing.harder());
        writtenIn.setValue(editing.contentLanguage());
        loaded = draft();
        loadedLanguage = writtenIn.getValue();
    }

    @Override
    public String getPageTitle() {
        return editing == null ? getTranslation("stretch-editor.page-title.new")
                : getTranslation("stretch-editor.page-title.edit", editing.name());
    }

    private void save() {
        clearErrors();
        try {
            StretchDetails saved = editing == null
                    ? library.create(draft(), writtenIn.getValue())
                    : library.update(editing.id(), editing.version(), draft(), writtenIn.getValue());
            Notification.show(getTranslation("stretch-editor.saved", saved.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            loaded = draft();
            loadedLanguage = writtenIn.getValue();
            getUI().ifPresent(ui -> ui.navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(saved.id()))));
        } catch (InvalidStretchException refused) {
            showErrors(refused.problems());
        } catch (UnknownContentLanguageException refused) {
            writtenIn.setErrorMessage(refused.words().shown());
            writtenIn.setInvalid(true);
        } catch (StretchChangedException changedElsewhere) {
            Notification.show(getTranslation("stretch-editor.changed-elsewhere"))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (StretchNotFoundException gone) {
            Notification.show(getTranslation("stretch-editor.not-yours")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Asks before leaving with unsaved typing, so nothing typed is lost by a stray click. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || (draft().equals(loaded) && writtenIn.getValue() == loadedLanguage)) {
            return;
        }
        var postponed = event.postpone();
        var confirm = new ConfirmDialog(getTranslation("stretch-editor.leave.title"),
                getTranslation("stretch-editor.leave.text"), getTranslation("stretch-editor.leave"), click -> {
                    leaving = true;
                    postponed.proceed();
                }, getTranslation("stretch-editor.stay"), click -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private StretchDraft draft() {
        return new StretchDraft(name.getValue(), summary.getValue(), lines(instructions.getValue()),
                lines(cues.getValue()), lines(cautions.getValue()), kind.getValue(), position.getValue(),
                equipment.getValue(), purposes.getValue(),
                hold.getValue() == null ? -1 : hold.getValue(), reps.getValue() == null ? 0 : reps.getValue(),
                perSide.getValue(), List.copyOf(primaryMuscles.getValue()), List.copyOf(secondaryMuscles.getValue()),
                source.getValue(), figure.getValue(), contraindications.getValue())
                .withVariations(idOf(easier.getValue()), idOf(harder.getValue()));
    }

    private static Long idOf(StretchLink link) {
        return link == null ? null : link.id();
    }

    private void fill(StretchDraft draft) {
        name.setValue(nullToEmpty(draft.name()));
        summary.setValue(nullToEmpty(draft.summary()));
        instructions.setValue(String.join("\n", draft.instructions()));
        cues.setValue(String.join("\n", draft.cues()));
        cautions.setValue(String.join("\n", draft.cautions()));
        kind.setValue(draft.kind());
        position.setValue(draft.position());
        equipment.setValue(draft.equipment());
        purposes.setValue(draft.purposes());
        contraindications.setValue(draft.contraindications());
        hold.setValue(draft.holdSeconds());
        reps.setValue(draft.reps());
        perSide.setValue(draft.perSide());
        primaryMuscles.setValue(draft.primaryMuscles());
        secondaryMuscles.setValue(draft.secondaryMuscles());
        source.setValue(nullToEmpty(draft.source()));
        figure.setValue(draft.pose());
        easier.setValue(linkable.stream().filter(link -> draft.easierId() != null && link.id() == draft.easierId()).findFirst().orElse(null));
        harder.setValue(linkable.stream().filter(link -> draft.harderId() != null && link.id() == draft.harderId()).findFirst().orElse(null));
    }

    private static StretchDraft emptyDraft() {
        return new StretchDraft("", "", List.of(), List.of(), List.of(), StretchKind.STATIC, Position.STANDING,
                EnumSet.noneOf(Equipment.class), EnumSet.noneOf(Purpose.class), 30, 1, false, List.of(), List.of(), "");
    }

    private Map<Field, HasValidation> fields() {
        return Map.ofEntries(Map.entry(Field.NAME, name), Map.entry(Field.SUMMARY, summary),
                Map.entry(Field.INSTRUCTIONS, instructions), Map.entry(Field.CUES, cues),
                Map.entry(Field.CAUTIONS, cautions), Map.entry(Field.KIND, kind), Map.entry(Field.POSITION, position),
                Map.entry(Field.HOLD, hold), Map.entry(Field.REPS, reps),
                Map.entry(Field.PRIMARY_MUSCLES, primaryMuscles), Map.entry(Field.SOURCE, source), Map.entry(Field.POSE, figure),
                Map.entry(Field.EASIER, easier), Map.entry(Field.HARDER, harder));
    }

    private void clearErrors() {
        writtenIn.setInvalid(false);
        writtenIn.setErrorMessage(null);
        fields().values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    private void showErrors(Map<Field, Words> errors) {
        Map<Field, HasValidation> fields = fields();
        errors.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            component.setErrorMessage(message.shown());
            component.setInvalid(true);
        });
    }

    private void leave() {
        if (editing == null) {
            getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(StretchView.class, new RouteParameters(StretchView.ID, String.valueOf(editing.id()))));
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
