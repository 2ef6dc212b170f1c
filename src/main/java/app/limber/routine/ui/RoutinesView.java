package app.limber.routine.ui;

import app.limber.base.ui.ListedCard;
import app.limber.base.Durations;
import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
import app.limber.library.Purpose;
import app.limber.routine.InvalidRoutineException;
import app.limber.routine.InvalidRoutineFileException;
import app.limber.routine.RoutineFileJson;
import app.limber.routine.RoutineFileService;
import app.limber.routine.RoutineDetails;
import app.limber.routine.RoutineService;
import app.limber.routine.RoutineSummary;
import app.limber.routine.RoutineTemplate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The coach's routines: search, create (blank or from a starter), duplicate, archive with undo,
 * restore, export as a file of the open routine format and import such a file as a new draft.
 */
@Route("routines")
@PageTitle("Routines · Limber")
@Menu(order = 2, title = "Routines", icon = "vaadin:list-ol")
@RolesAllowed(Role.COACH_NAME)
public class RoutinesView extends Div {

    final TextField search = new TextField();
    static final String ACTIVE = "Routines";
    static final String ARCHIVE = "Archive";
    /** Which shelf shows: two radio buttons (tabs here were not a well-formed tab list for screen readers). */
    final RadioButtonGroup<String> shelves = new RadioButtonGroup<>();
    final Div list = new Div();
    final Button newRoutine = new Button("New routine", VaadinIcon.PLUS.create());
    final Button fromTemplate = new Button("Start from a template", VaadinIcon.MAGIC.create());
    final Button importFile = new Button("Import", VaadinIcon.UPLOAD.create());
    /** What the last import found wrong with its file, a line each (in the open import dialog). */
    final Div importProblems = new Div();

    private final RoutineService routines;
    private final RoutineFileService files;
    private final List<RoutineCardExtension> cardExtensions;
    private final Clock clock;

    public RoutinesView(RoutineService routines, RoutineFileService files, List<RoutineCardExtension> cardExtensions,
                        Clock clock) {
        this.routines = routines;
        this.files = files;
        this.cardExtensions = List.copyOf(cardExtensions);
        this.clock = clock;
        addClassNames("limber-page", "limber-routines");

        newRoutine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRoutine.addClickListener(click -> openNewRoutineDialog());
        fromTemplate.addClickListener(click -> openTemplates());
        importFile.addClickListener(click -> openImport());
        var exportAll = new Anchor("routines/all-routines.zip", "Export all");
        exportAll.getElement().setAttribute("download", true);
        exportAll.getElement().setAttribute("router-ignore", true);
        exportAll.getElement().setAttribute("aria-label", "Export all your routines as one ZIP of routine files");
        exportAll.addClassName("limber-link-button");
        var header = new HorizontalLayout(new H1("Routines"), new Div(), exportAll, importFile, fromTemplate, newRoutine);
        header.addClassName("limber-routines-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));

        search.setPlaceholder("Search routines");
        search.setAriaLabel("Search routines");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        shelves.setItems(ACTIVE, ARCHIVE);
        shelves.setValue(ACTIVE);
        shelves.setAriaLabel("Show");
        shelves.addClassName("limber-shelves");
        shelves.addValueChangeListener(change -> refresh());

        list.addClassName("limber-routine-list");
        add(header, new HorizontalLayout(search, shelves), list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        boolean archived = ARCHIVE.equals(shelves.getValue());
        List<RoutineSummary> found = routines.list(search.getValue(), archived);
        if (found.isEmpty()) {
            list.add(emptyState(archived));
            return;
        }
        List<Long> ids = found.stream().map(RoutineSummary::id).toList();
        List<Map<Long, String>> said = cardExtensions.stream().map(extension -> extension.describe(ids)).toList();
        found.forEach(routine -> list.add(card(routine, said.stream()
                .map(lines -> lines.get(routine.id())).filter(line -> line != null && !line.isBlank()).toList())));
    }

    private Component emptyState(boolean archived) {
        if (archived) {
            return new EmptyState(VaadinIcon.ARCHIVE, "The archive is empty", "Routines you archive wait here until you restore them.");
        }
        if (!search.getValue().isBlank()) {
            return new EmptyState(VaadinIcon.SEARCH, "No routine matches \"" + search.getValue().strip() + "\"",
                    "Try another word, or clear the search.");
        }
        var blank = new Button("New routine", click -> openNewRoutineDialog());
        blank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState(VaadinIcon.LIST_OL, "No routines yet",
                "Build one from the stretch library, or start from a template made from the running articles.",
                blank, new Button("Start from a template", click -> openTemplates()));
    }

    private Component card(RoutineSummary routine, List<String> extensionLines) {
        var card = ListedCard.named(new Card(), routine.title());
        card.addClassName("limber-routine-card");
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        var title = new RouterLink(routine.title(), RoutineEditorView.class,
                new RouteParameters(RoutineEditorView.ID, String.valueOf(routine.id())));
        title.addClassName("limber-routine-title");
        card.setTitle(title);
        card.setSubtitle(new Span((routine.purpose() == null ? "No purpose set" : routine.purpose().label())
                + " · " + routine.steps() + (routine.steps() == 1 ? " step" : " steps")
                + " · " + Durations.approximately(routine.estimatedSeconds(), routine.untilReleased())));
        String edited = "edited " + ago(routine.lastEdited());
        var state = new Span(extensionLines.isEmpty() ? Character.toUpperCase(edited.charAt(0)) + edited.substring(1)
                : String.join(" · ", extensionLines) + " · " + edited);
        state.addClassName("limber-routine-state");
        card.add(state);

        if (routine.archived()) {
            var restore = new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(), click -> {
                routines.restore(routine.id());
                Notification.show("\"" + routine.title() + "\" is back with your routines.");
                refresh();
            });
            card.addToFooter(restore);
        } else {
            var duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), click -> {
                RoutineDetails copy = routines.duplicate(routine.id());
                Notification.show("Made \"" + copy.title() + "\".").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            var archiveButton = new Button("Archive", VaadinIcon.ARCHIVE.create(), click -> archive(routine));
            archiveButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            duplicate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.addToFooter(duplicate, exportLink(routine), archiveButton);
        }
        return card;
    }

    /** Downloads the routine as a file of the open routine format (docs/routine-format.md). */
    private static Anchor exportLink(RoutineSummary routine) {
        var export = new Anchor("routines/" + routine.id() + "/routine.json", "Export");
        export.getElement().setAttribute("download", true);
        export.getElement().setAttribute("router-ignore", true);
        export.getElement().setAttribute("aria-label", "Export \u201c" + routine.title() + "\u201d as a file");
        export.addClassName("limber-link-button");
        return export;
    }

    /** Imports a routine file as a new draft, which then opens in the editor; a bad file's problems are listed. */
    void openImport() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Import a routine");
        dialog.setWidth("min(36rem, 95vw)");
        importProblems.removeAll();
        importProblems.addClassNames("limber-upload-message", "limber-import-problems");
        importProblems.setId("import-problems");
        var upload = new Upload();
        upload.setUploadHandler(event -> {
            UI ui = event.getUI();
            byte[] content;
            try (var in = event.getInputStream()) {
                content = in.readNBytes(RoutineFileJson.MAX_BYTES + 1);
            }
            try {
                RoutineDetails created = files.importFile(content);
                ui.access(() -> {
                    dialog.close();
                    Notification.show("Imported \u201c" + created.title() + "\u201d as a new draft.")
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    ui.navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id())));
                });
            } catch (InvalidRoutineFileException refused) {
                ui.access(() -> showImportProblems(upload, refused.problems()));
            }
        });
        upload.setId("routine-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RoutineFileJson.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setUploadButton(new Button("Choose a routine file…", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> showImportProblems(upload, List.of(rejected.getErrorMessage().contains("large")
                ? "The file is larger than 1 MB: a routine file is far smaller." : "Choose a routine file (.json).")));
        upload.getElement().setAttribute("aria-describedby", "import-problems");
        dialog.add(new Paragraph("A routine file (.json) exported from Limber, or written in the open routine format,"
                + " becomes a new draft of yours. Its built-in stretches are the ones in your library; any other stretch in it"
                + " becomes one of your own."), upload, importProblems);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    /** Lists what is wrong, and makes room for the next try (an upload takes one file). */
    private void showImportProblems(Upload upload, List<String> problems) {
        upload.clearFileList();
        importProblems.removeAll();
        importProblems.addClassName("limber-upload-refused");
        importProblems.add(new Paragraph("Nothing was imported. Fix this in the file and try again:"));
        var list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        importProblems.add(list);
    }

    private void archive(RoutineSummary routine) {
        routines.archive(routine.id());
        refresh();
        var notification = new Notification();
        notification.setDuration(8000);
        var undo = new Button("Undo", click -> {
            routines.restore(routine.id());
            notification.close();
            refresh();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span("\"" + routine.title() + "\" moved to the archive."), undo));
        notification.open();
    }

    void openNewRoutineDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New routine");
        var title = new TextField("Title");
        title.setMaxLength(RoutineService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.setWidthFull();
        var create = new Button("Create", click -> {
            try {
                RoutineDetails created = routines.create(title.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(RoutineEditorView.class,
                        new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id()))));
            } catch (InvalidRoutineException refused) {
                title.setErrorMessage(refused.errors().get(InvalidRoutineException.Field.TITLE));
                title.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        dialog.add(title);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    void openTemplates() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Start from a template");
        dialog.setWidth("min(40rem, 95vw)");
        for (RoutineTemplate template : routines.templates()) {
            var card = ListedCard.named(new Card(), template.title());
            card.addThemeVariants(CardVariant.LUMO_OUTLINED);
            card.setTitle(template.title());
            card.setSubtitle(new Span(purpose(template.purpose()) + " · " + template.steps() + " steps"));
            card.add(new Paragraph(template.description()));
            var use = new Button("Use this template", click -> {
                RoutineDetails created = routines.createFromTemplate(template.slug());
                dialog.close();
                Notification.show("\"" + created.title() + "\" is yours to change.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(RoutineEditorView.class,
                        new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id()))));
            });
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.addToFooter(use);
            dialog.add(card);
        }
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static String purpose(Purpose purpose) {
        return purpose == null ? "Any time" : purpose.label();
    }

    private String ago(Instant when) {
        Duration age = Duration.between(when, clock.instant());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + (age.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return age.toDays() + (age.toDays() == 1 ? " day ago" : " days ago");
    }
}
