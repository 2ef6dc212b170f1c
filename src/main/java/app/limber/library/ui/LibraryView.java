package app.limber.library.ui;

import app.limber.account.Role;
import app.limber.body.ui.BodyMap;
import app.limber.body.ui.BodyMapPicker;
import app.limber.base.Words;
import app.limber.base.ui.EmptyState;
import app.limber.base.ui.SkipTarget;
import app.limber.library.Contraindication;
import app.limber.library.Equipment;
import app.limber.library.LibraryFilter;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.Ownership;
import app.limber.library.Position;
import app.limber.library.Purpose;
import app.limber.library.StretchCard;
import app.limber.library.StretchKind;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;

/**
 * The stretch library: filters that combine (text, muscles by list or body map, purpose,
 * kind, position, equipment, built-in or mine), a lazy list of stretch cards, and the
 * result count. The filters live in the address, so a filtered library can be bookmarked.
 * The cards are drawn in the browser from the stretches' data ({@link StretchCards}): it uses
 * Vaadin's card and badge without a component of either on the server.
 */
@Route("library")
@Uses(Card.class)
@Uses(Badge.class)
@Menu(order = 1, title = "Library", icon = "vaadin:book")
@RolesAllowed(Role.COACH_NAME)
public class LibraryView extends Div implements BeforeEnterObserver, SkipTarget, HasDynamicTitle {

    final TextField text = new TextField();
    final MultiSelectComboBox<Muscle> muscles = new MultiSelectComboBox<>(getTranslation("library.muscles"));
    final Select<Purpose> purpose = select(getTranslation("library.purpose"), getTranslation("library.any-purpose"), Purpose.values());
    final Select<StretchKind> kind = select(getTranslation("library.kind"), getTranslation("library.any-kind"), StretchKind.values());
    final Select<Position> position = select(getTranslation("library.position"), getTranslation("library.any-position"), Position.values());
    final Select<Equipment> equipment = select(getTranslation("library.equipment"), getTranslation("library.any-equipment"), Equipment.values());
    final Select<Ownership> ownership = new Select<>();
    final MultiSelectComboBox<Contraindication> avoid = new MultiSelectComboBox<>(getTranslation("library.avoid-if"));
    final BodyMapPicker bodyMap = new BodyMapPicker();
    final VirtualList<StretchCard> list = new VirtualList<>();
    final Span resultCount = new Span();
    final Button clearFilters = new Button(getTranslation("library.clear-filters"), click -> showFilter(LibraryFilter.NONE, true));
    final Button clearFiltersWhenEmpty = new Button(getTranslation("library.clear-filters"), click -> showFilter(LibraryFilter.NONE, true));
    private final Div noResults = new Div();
    private final Div results = new Div();

    private final LibraryService library;
    private LibraryFilter filter = LibraryFilter.NONE;
    private boolean showingFilter;
    private int currentCount;

    public LibraryView(LibraryService library) {
        this.library = library;
        addClassNames("limber-page", "limber-library");

        var title = new H1(getTranslation("library.title"));
        resultCount.addClassName("limber-result-count");
        resultCount.getElement().setAttribute("aria-live", "polite");
        var newStretch = new Button(getTranslation("library.new-stretch"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(StretchEditorView.class)));
        newStretch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(title, resultCount, newStretch);
        header.addClassName("limber-library-header");
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, resultCount);

        text.setPlaceholder(getTranslation("library.search.placeholder"));
        text.setAriaLabel(getTranslation("library.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(change -> onFilterChange(filter.withText(change.getValue()), change.isFromClient()));

        ChooserWords.speak(muscles);
        ChooserWords.speak(avoid);
        muscles.setItems(Muscle.values());
        muscles.setItemLabelGenerator(muscle -> muscle.words().shown());
        muscles.setPlaceholder(getTranslation("library.any-muscle"));
        // the chips stay on one line (the rest counted), so the search box never moves down
        muscles.setAutoExpand(MultiSelectComboBox.AutoExpandMode.NONE);
        muscles.addValueChangeListener(change -> onFilterChange(filter.withMuscles(change.getValue()), change.isFromClient()));
        bodyMap.addSelectionListener(selected -> onFilterChange(filter.withMuscles(selected), true));

        purpose.addValueChangeListener(change -> onFilterChange(filter.withPurpose(change.getValue()), change.isFromClient()));
        kind.addValueChangeListener(change -> onFilterChange(filter.withKind(change.getValue()), change.isFromClient()));
        position.addValueChangeListener(change -> onFilterChange(filter.withPosition(change.getValue()), change.isFromClient()));
        equipment.addValueChangeListener(change -> onFilterChange(filter.withEquipment(change.getValue()), change.isFromClient()));

        ownership.setLabel(getTranslation("library.show"));
        ownership.setItems(Ownership.values());
        ownership.setItemLabelGenerator(value -> Words.label(value).shown());
        ownership.setValue(Ownership.ALL);
        ownership.addValueChangeListener(change -> onFilterChange(filter.withOwnership(change.getValue()), change.isFromClient()));

        avoid.setItems(Contraindication.values());
        avoid.setItemLabelGenerator(value -> Words.label(value).shown());
        avoid.setPlaceholder(getTranslation("library.nothing-to-avoid"));
        avoid.setAutoExpand(MultiSelectComboBox.AutoExpandMode.NONE);
        avoid.addValueChangeListener(change -> onFilterChange(filter.withAvoid(change.getValue()), change.isFromClient()));

        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var filters = new Div(text, muscles, purpose, kind, position, equipment, avoid, ownership, clearFilters);
        filters.addClassName("limber-library-filters");

        list.setRenderer(StretchCards.renderer());
        list.setItemAccessibleNameGenerator(StretchCard::name);
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> library.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> currentCount));
        list.addClassName("limber-stretch-list");

        noResults.add(new EmptyState(VaadinIcon.SEARCH, getTranslation("library.no-results.title"),
                getTranslation("library.no-results.next"), clearFiltersWhenEmpty));
        noResults.setVisible(false);

        var mapPanel = new Div(bodyMap);
        mapPanel.addClassName("limber-library-map");
        results.add(list, noResults);
        results.addClassName("limber-library-results");
        results.getElement().setAttribute("role", "region");
        results.getElement().setAttribute("aria-label", getTranslation("library.results"));
        var body = new Div(mapPanel, results);
        body.addClassName("limber-library-body");

        add(header, filters, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showFilter(LibraryQuery.fromParameters(event.getLocation().getQueryParameters()), false);
    }

    @Override
    public String skipLinkText() {
        return getTranslation("library.skip-to-results");
    }

    @Override
    public com.vaadin.flow.component.Component skipTarget() {
        return results;
    }

    /** The filter the list shows now. */
    LibraryFilter filter() {
        return filter;
    }

    private void onFilterChange(LibraryFilter changed, boolean fromPerson) {
        if (showingFilter || changed.equals(filter)) {
            return;
        }
        showFilter(changed, fromPerson);
    }

    /** Puts a filter into every control, refreshes the list and, if the person asked, the address. */
    private void showFilter(LibraryFilter newFilter, boolean updateAddress) {
        filter = newFilter;
        showingFilter = true;
        try {
            if (!text.getValue().strip().equals(newFilter.text())) {
                // only when it differs: writing the trimmed text back would eat a typed space
                text.setValue(newFilter.text());
            }
            muscles.setValue(newFilter.muscles());
            bodyMap.setSelected(newFilter.muscles());
            purpose.setValue(newFilter.purpose());
            kind.setValue(newFilter.kind());
            position.setValue(newFilter.position());
            equipment.setValue(newFilter.equipment());
            ownership.setValue(newFilter.ownership());
            avoid.setValue(newFilter.avoid());
        } finally {
            showingFilter = false;
        }
        clearFilters.setEnabled(!newFilter.isEmpty());
        showCount(library.count(newFilter));
        list.getDataProvider().refreshAll();
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory()
                    .replaceState(null, new Location("library", LibraryQuery.toParameters(newFilter))));
        }
    }

    private void showCount(int count) {
        currentCount = count;
        resultCount.setText(getTranslation("library.count", count));
        noResults.setVisible(count == 0);
        list.setVisible(count > 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.page-title");
    }

    private static <T extends Enum<T>> Select<T> select(String label, String emptyText, T[] values) {
        var select = new Select<T>();
        select.setLabel(label);
        select.setItems(Arrays.asList(values));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyText);
        select.setItemLabelGenerator(value -> value == null ? emptyText : Words.label(value).shown());
        return select;
    }
}
