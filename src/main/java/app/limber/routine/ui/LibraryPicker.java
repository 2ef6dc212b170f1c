package app.limber.routine.ui;

import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.library.Muscle;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
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

import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editor's compact library: search, muscles and purpose filters, and the matching
 * stretches a page at a time ("Show more" fetches the next page; nothing loads the whole
 * library). Each can be dragged into the routine, or added at the end with its button.
 * Items are plain components (not a virtual list) so a dragged item is always the stretch
 * it shows.
 */
class LibraryPicker extends Div {

    final TextField text = new TextField();
    final MultiSelectComboBox<Muscle> muscles = new MultiSelectComboBox<>();
    final Select<Purpose> purpose = new Select<>();
    static final int PAGE = 25;

    final Div list = new Div();
    final Span count = new Span();
    final Button more = new Button("Show more");

    private final LibraryService library;
    private final Consumer<StretchCard> add;
    private LibraryFilter filter = LibraryFilter.NONE;

    LibraryPicker(LibraryService library, Consumer<StretchCard> add) {
        this.library = library;
        this.add = add;
        addClassName("limber-picker");

        text.setPlaceholder("Search stretches");
        text.setAriaLabel("Search stretches");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> filter(filter.withText(change.getValue())));
        muscles.setItems(Muscle.values());
        muscles.setItemLabelGenerator(Muscle::label);
        muscles.setPlaceholder("Any muscle");
        muscles.setAriaLabel("Muscles");
        muscles.addValueChangeListener(change -> filter(filter.withMuscles(change.getValue())));
        purpose.setItems(Purpose.values());
        purpose.setEmptySelectionAllowed(true);
        purpose.setEmptySelectionCaption("Any purpose");
        purpose.setItemLabelGenerator(value -> value == null ? "Any purpose" : value.label());
        purpose.setAriaLabel("Purpose");
        purpose.addValueChangeListener(change -> filter(filter.withPurpose(change.getValue())));

        list.addClassName("limber-picker-list");
        list.getElement().setAttribute("role", "list");
        count.addClassName("limber-picker-count");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> showNextPage());

        var filters = new Div(text, muscles, purpose, count);
        filters.addClassName("limber-picker-filters");
        add(filters, list, more);
        filter(LibraryFilter.NONE);
    }

    private void filter(LibraryFilter changed) {
        filter = changed;
        list.removeAll();
        int total = library.count(filter);
        count.setText(total == 1 ? "1 stretch" : total + " stretches");
        showNextPage();
    }

    private void showNextPage() {
        int shown = (int) list.getChildren().count();
        library.search(filter, shown, PAGE).forEach(stretch -> list.add(item(stretch)));
        more.setVisible(list.getChildren().count() < library.count(filter));
    }

    /** The stretches the picker shows now, in order. */
    java.util.List<StretchCard> shown() {
        return list.getChildren().map(item -> ((PickerItem) item).stretch).toList();
    }

    /** A library entry: drag it into the routine, or press its button to add it at the end. */
    PickerItem item(StretchCard stretch) {
        var name = new Span(stretch.name());
        name.addClassName("limber-picker-name");
        var muscleNames = new Span(Stream.concat(stretch.primaryMuscles().stream(), stretch.secondaryMuscles().stream())
                .map(Muscle::label).collect(Collectors.joining(", ")));
        muscleNames.addClassName("limber-picker-muscles");
        var text = new Div(name, muscleNames);
        text.addClassName("limber-picker-text");
        var addButton = new Button(VaadinIcon.PLUS.create(), click -> add.accept(stretch));
        addButton.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        addButton.setAriaLabel("Add " + stretch.name() + " at the end");
        addButton.setTooltipText("Add at the end");
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
