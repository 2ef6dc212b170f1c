package app.limber.routine.ui;

import app.limber.base.Words;
import app.limber.library.Contraindication;
import app.limber.library.Equipment;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.library.StretchKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The editor's compact library: search, muscles and purpose filters, and the matching
 * stretches a page at a time ("Show more" fetches the next page; nothing loads the whole
 * library). Each can be dragged into the routine, or added at the end with its button.
 * Items are plain components (not a virtual list) so a dragged item is always the stretch
 * it shows. A stretch's name opens it beside the steps, to read before adding it.
 */
class LibraryPicker extends Div {

    final TextField text = new TextField();
    final MultiSelectComboBox<Muscle> muscles = new MultiSelectComboBox<>();
    final Select<Purpose> purpose = new Select<>();
    final Select<StretchKind> kind = new Select<>();
    final Select<Position> position = new Select<>();
    final Select<Equipment> equipment = new Select<>();
    final MultiSelectComboBox<Contraindication> avoid = new MultiSelectComboBox<>();
    /** Where the + buttons put a stretch: 0 = first, n = after the last step. */
    final Select<Integer> insertAt = new Select<>();
    private List<String> stepNames = List.of();
    static final int PAGE = 25;

    final Div list = new Div();
    final Span count = new Span();
    final Button more = new Button(getTranslation("library-picker.show-more"));

    private final LibraryService library;
    private final BiConsumer<StretchCard, Integer> add;
    private final Consumer<StretchCard> preview;
    private LibraryFilter filter = LibraryFilter.NONE;

    LibraryPicker(LibraryService library, BiConsumer<StretchCard, Integer> add, Consumer<StretchCard> preview) {
        this.library = library;
        this.add = add;
        this.preview = preview;
        addClassName("limber-picker");

        text.setPlaceholder(getTranslation("library-picker.search"));
        text.setAriaLabel(getTranslation("library-picker.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> filter(filter.withText(change.getValue())));
        muscles.setItems(Muscle.values());
        muscles.setItemLabelGenerator(muscle -> shown(Words.label(muscle)));
        muscles.setPlaceholder(getTranslation("library-picker.any-muscle"));
        muscles.setAriaLabel(getTranslation("library-picker.muscles"));
        muscles.addValueChangeListener(change -> filter(filter.withMuscles(change.getValue())));
        purpose.setItems(Purpose.values());
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption(getTranslation("library-picker.any-purpose"));
        purpose.setItemLabelGenerator(value -> value == null ? getTranslation("library-picker.any-purpose") : shown(Words.label(value)));
        purpose.setAriaLabel(getTranslation("library-picker.purpose"));
        purpose.addValueChangeListener(change -> filter(filter.withPurpose(change.getValue())));
        optional(kind, getTranslation("library-picker.kind"), getTranslation("library-picker.any-kind"), StretchKind.values());
        kind.addValueChangeListener(change -> filter(filter.withKind(change.getValue())));
        optional(position, getTranslation("library-picker.position"), getTranslation("library-picker.any-position"), Position.values());
        position.addValueChangeListener(change -> filter(filter.withPosition(change.getValue())));
        optional(equipment, getTranslation("library-picker.equipment"), getTranslation("library-picker.any-equipment"),
                Equipment.values());
        equipment.addValueChangeListener(change -> filter(filter.withEquipment(change.getValue())));
        avoid.setItems(Contraindication.values());
        avoid.setItemLabelGenerator(value -> shown(Words.label(value)));
        avoid.setPlaceholder(getTranslation("library-picker.avoid.placeholder"));
        avoid.setAriaLabel(getTranslation("library-picker.avoid"));
        avoid.addValueChangeListener(change -> filter(filter.withAvoid(change.getValue())));

        insertAt.setLabel(getTranslation("library-picker.insert-at"));
        insertAt.setItemLabelGenerator(this::insertLabel);
        showStepCount(List.of());

        list.addClassName("limber-picker-list");
        list.getElement().setAttribute("role", "list");
        count.addClassName("limber-picker-count");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showNextPage());

        var moreFilters = new Div(kind, position, equipment, avoid);
        moreFilters.addClassName("limber-picker-more");
        var filters = new Div(text, muscles, purpose, moreFilters, insertAt, count);
        filters.addClassName("limber-picker-filters");
        add(filters, list, more);
        filter(LibraryFilter.NONE);
    }

    private void filter(LibraryFilter changed) {
        filter = changed;
        list.removeAll();
        int total = library.count(filter);
        count.setText(getTranslation("library-picker.count", total));
        showNextPage();
    }

    private void showNextPage() {
        int shown = (int) list.getChildren().count();
        library.search(filter, shown, PAGE).forEach(stretch -> list.add(item(stretch)));
        more.setVisible(list.getChildren().count() < library.count(filter));
    }

    /**
     * Tells the picker the routine's steps, for the "+ adds" choice: at the start, after any
     * step, or at the end (the default, and kept when the routine grows).
     */
    void showStepCount(List<String> names) {
        Integer chosen = insertAt.getValue();
        boolean atEnd = chosen == null || chosen >= stepNames.size();
        stepNames = List.copyOf(names);
        insertAt.setItems(java.util.stream.IntStream.rangeClosed(0, stepNames.size()).boxed().toList());
        insertAt.setValue(atEnd ? stepNames.size() : Math.min(chosen, stepNames.size()));
    }

    private String insertLabel(Integer at) {
        if (at == null || at >= stepNames.size()) {
            return getTranslation("library-picker.at-end");
        }
        return at == 0 ? getTranslation("library-picker.at-start") : getTranslation("library-picker.after-step", at, stepNames.get(at - 1));
    }

    private <T extends Enum<T>> void optional(Select<T> select, String label, String any, T[] values) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(value -> value == null ? any : shown(Words.label(value)));
    }

    private String shown(Words words) {
        return getTranslation(words.key(), words.args().toArray());
    }

    /** The stretches the picker shows now, in order. */
    List<StretchCard> shown() {
        return list.getChildren().map(item -> ((PickerItem) item).stretch).toList();
    }

    /** A library entry: drag it into the routine, or press its button to add it at the end. */
    PickerItem item(StretchCard stretch) {
        var name = new Button(stretch.name(), click -> preview.accept(stretch));
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        name.addClassName("limber-picker-name");
        name.getElement().setAttribute("title", getTranslation("library-picker.read", stretch.name()));
        var muscleNames = new Span(shown(StretchPreview.muscles(Stream.concat(stretch.primaryMuscles().stream(),
                stretch.secondaryMuscles().stream()).toList())));
        muscleNames.addClassName("limber-picker-muscles");
        var text = new Div(name, muscleNames);
        text.addClassName("limber-picker-text");
        var addButton = new Button(VaadinIcon.PLUS.create(), click -> add.accept(stretch, insertAt.getValue()));
        addButton.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        addButton.setAriaLabel(getTranslation("library-picker.add", stretch.name()));
        addButton.setTooltipText(getTranslation("library-picker.add.tooltip"));
        var item = new PickerItem(stretch, text, addButton);
        DragSource.configure(item, true);
        return item;
    }

    /** A library entry that can be dragged; it carries the stretch it stands for. */
    static final class PickerItem extends Div {
        final StretchCard stretch;

        PickerItem(StretchCard stretch, Div text, Button addButton) {
            this.stretch = stretch;
            addClassName("limber-picker-item");
            getElement().setAttribute("role", "listitem");
            getElement().setAttribute("aria-label", stretch.name());
            add(text, addButton);
        }
    }
}
