package app.limber.routine.ui;

import app.limber.base.ui.ListedCard;
import app.limber.base.Durations;
import app.limber.base.Words;
import app.limber.account.Role;
import app.limber.base.ui.EmptyState;
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
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 2, title = "Routines", icon = "vaadin:list-ol")
@RolesAllowed(Role.COACH_NAME)
public class RoutinesView extends Div implements HasDynamicTitle {

    final TextField search = new TextField();
    static final String ACTIVE = "active";
    static final String ARCHIVE = "archive";
    /** Which shelf shows: two radio buttons (tabs here were not a well-formed tab list for screen readers). */
    final RadioButtonGroup<String> shelves = new RadioButtonGroup<>();
    final Div list = new Div();
    final Button newRoutine = new Button(getTranslation("routines.new"), VaadinIcon.PLUS.create());
    final Button fromTemplate = new Button(getTranslation("routines.from-template"), VaadinIcon.MAGIC.create());
    final Button importFile = new Button(getTranslation("routines.import"), VaadinIcon.UPLOAD.create());
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
        var exportAll = new Anchor("routines/all-routines.zip", getTranslation("routines.export-all"));
        exportAll.getElement().setAttribute("download", true);
        exportAll.getElement().setAttribute("router-ignore", true);
        exportAll.getElement().setAttribute("aria-label", getTranslation("routines.export-all.label"));
        exportAll.addClassName("limber-link-button");
        var header = new HorizontalLayout(new H1(getTranslation("routines.heading")), new Div(), exportAll, importFile, fromTemplate, newRoutine);
        header.addClassName("limber-routines-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));

        search.setPlaceholder(getTranslation("routines.search"));
        search.setAriaLabel(getTranslation("routines.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        shelves.setItems(ACTIVE, ARCHIVE);
        shelves.setItemLabelGenerator(shelf -> getTranslation(ARCHIVE.equals(shelf) ? "routines.shelf.archive" : "routines.shelf.active"));
        shelves.setValue(ACTIVE);
        shelves.setAriaLabel(getTranslation("routines.shelves"));
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
            return new EmptyState(VaadinIcon.ARCHIVE, getTranslation("routines.empty-archive.title"),
                    getTranslation("routines.empty-archive.text"));
        }
        if (!search.getValue().isBlank()) {
            return new EmptyState(VaadinIcon.SEARCH, getTranslation("routines.no-match.title", search.getValue().strip()),
                    getTranslation("routines.no-match.text"));
        }
        var blank = new Button(getTranslation("routines.new"), click -> openNewRoutineDialog());
        blank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState(VaadinIcon.LIST_OL, getTranslation("routines.empty.title"), getTranslation("routines.empty.text"),
                blank, new Button(getTranslation("routines.from-template"), click -> openTemplates()));
    }

    private Component card(RoutineSummary routine, List<String> extensionLines) {
        var card = ListedCard.named(new Card(), routine.title());
        card.addClassName("limber-routine-card");
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        var title = new RouterLink(routine.title(), RoutineEditorView.class,
                new RouteParameters(RoutineEditorView.ID, String.valueOf(routine.id())));
        title.addClassName("limber-routine-title");
        card.setTitle(title);
        card.setSubtitle(new Span(getTranslation("routines.card-subtitle",
                routine.purpose() == null ? Words.of("routines.no-purpose") : Words.label(routine.purpose()), routine.steps(),
                Durations.approximatelyInWords(routine.estimatedSeconds(), routine.untilReleased()))));
        Words ago = ago(routine.lastEdited());
        var state = new Span(extensionLines.isEmpty() ? getTranslation("routines.edited", ago)
                : getTranslation("routines.state-edited", String.join(" · ", extensionLines), ago));
        state.addClassName("limber-routine-state");
        card.add(state);

        if (routine.archived()) {
            var restore = new Button(getTranslation("routines.restore"), VaadinIcon.ARROW_BACKWARD.create(), click -> {
                routines.restore(routine.id());
                Notification.show(getTranslation("routines.restored", routine.title()));
                refresh();
            });
            card.addToFooter(restore);
        } else {
            var duplicate = new Button(getTranslation("routines.duplicate"), VaadinIcon.COPY_O.create(), click -> {
                RoutineDetails copy = routines.duplicate(routine.id());
                Notification.show(getTranslation("routines.duplicated", copy.title())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            var archiveButton = new Button(getTranslation("routines.archive"), VaadinIcon.ARCHIVE.create(), click -> archive(routine));
            archiveButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            duplicate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.addToFooter(duplicate, exportLink(routine), archiveButton);
        }
        return card;
    }

    /** Downloads the routine as a file of the open routine format (docs/routine-format.md). */
    private Anchor exportLink(RoutineSummary routine) {
        var export = new Anchor("routines/" + routine.id() + "/routine.json", getTranslation("routines.export"));
        export.getElement().setAttribute("download", true);
        export.getElement().setAttribute("router-ignore", true);
        export.getElement().setAttribute("aria-label", getTranslation("routines.export.label", routine.title()));
        export.addClassName("limber-link-button");
        return export;
    }

    /** Imports a routine file as a new draft, which then opens in the editor; a bad file's problems are listed. */
    void openImport() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("routines.import.title"));
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
                    Notification.show(getTranslation("routines.imported", created.title()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    ui.navigate(RoutineEditorView.class, new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id())));
                });
            } catch (InvalidRoutineFileException refused) {
                ui.access(() -> showImportProblems(upload, refused.lines().stream().map(this::shown).toList()));
            }
        });
        upload.setId("routine-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RoutineFileJson.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setI18n(uploadWords());
        upload.setUploadButton(new Button(getTranslation("routines.upload.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> showImportProblems(upload, List.of(
                getTranslation("routines.upload.too-big").equals(rejected.getErrorMessage()) || rejected.getErrorMessage().contains("large")
                        ? getTranslation("routines.upload.too-big") : getTranslation("routines.upload.wrong-type"))));
        upload.getElement().setAttribute("aria-describedby", "import-problems");
        dialog.add(new Paragraph(getTranslation("routines.import.about")), upload, importProblems);
        dialog.getFooter().add(new Button(getTranslation("routines.close"), click -> dialog.close()));
        dialog.open();
    }

    /** Lists what is wrong, and makes room for the next try (an upload takes one file). */
    private void showImportProblems(Upload upload, List<String> problems) {
        upload.clearFileList();
        importProblems.removeAll();
        importProblems.addClassName("limber-upload-refused");
        importProblems.add(new Paragraph(getTranslation("routines.import.nothing")));
        var list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        importProblems.add(list);
    }

    private void archive(RoutineSummary routine) {
        routines.archive(routine.id());
        refresh();
        var notification = new Notification();
        notification.setDuration(8000);
        var undo = new Button(getTranslation("routines.undo"), click -> {
            routines.restore(routine.id());
            notification.close();
            refresh();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(getTranslation("routines.archived", routine.title())), undo));
        notification.open();
    }

    void openNewRoutineDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("routines.new"));
        var title = new TextField(getTranslation("routines.title"));
        title.setMaxLength(RoutineService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.setWidthFull();
        var create = new Button(getTranslation("routines.create"), click -> {
            try {
                RoutineDetails created = routines.create(title.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(RoutineEditorView.class,
                        new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id()))));
            } catch (InvalidRoutineException refused) {
                title.setErrorMessage(shown(refused.refusals().get(InvalidRoutineException.Field.TITLE)));
                title.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        dialog.add(title);
        dialog.getFooter().add(new Button(getTranslation("routines.cancel"), click -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    void openTemplates() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("routines.from-template"));
        dialog.setWidth("min(40rem, 95vw)");
        for (RoutineTemplate template : routines.templates()) {
            var card = ListedCard.named(new Card(), template.title());
            card.addThemeVariants(CardVariant.LUMO_OUTLINED);
            card.setTitle(template.title());
            card.setSubtitle(new Span(getTranslation("routines.template-subtitle",
                    template.purpose() == null ? Words.of("routines.any-time") : Words.label(template.purpose()), template.steps())));
            card.add(new Paragraph(template.description()));
            var use = new Button(getTranslation("routines.use-template"), click -> {
                RoutineDetails created = routines.createFromTemplate(template.slug());
                dialog.close();
                Notification.show(getTranslation("routines.template-created", created.title()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(RoutineEditorView.class,
                        new RouteParameters(RoutineEditorView.ID, String.valueOf(created.id()))));
            });
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.addToFooter(use);
            dialog.add(card);
        }
        dialog.getFooter().add(new Button(getTranslation("routines.close"), click -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routines.page-title");
    }

    /** Words in this page's language (null stays null: no message). */
    private String shown(Words words) {
        return words == null ? null : getTranslation(words.key(), words.args().toArray());
    }

    /** The upload's own words (its drop zone, its errors and states) in the coach's language. */
    private UploadI18N uploadWords() {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("routines.upload.drop-one"))
                .setMany(getTranslation("routines.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("routines.upload.choose"))
                .setMany(getTranslation("routines.upload.choose-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("routines.upload.too-many"))
                .setFileIsTooBig(getTranslation("routines.upload.too-big"))
                .setIncorrectFileType(getTranslation("routines.upload.wrong-type")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("routines.upload.retry"))
                .setStart(getTranslation("routines.upload.start")).setRemove(getTranslation("routines.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("routines.upload.connecting"))
                        .setStalled(getTranslation("routines.upload.stalled"))
                        .setProcessing(getTranslation("routines.upload.processing")).setHeld(getTranslation("routines.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("routines.upload.time-left"))
                        .setUnknown(getTranslation("routines.upload.time-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("routines.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("routines.upload.server-error"))
                        .setForbidden(getTranslation("routines.upload.forbidden"))
                        .setFileTooLarge(getTranslation("routines.upload.too-big"))));
        return i18n;
    }

    /** "just now", "5 min ago", "2 days ago". */
    private Words ago(Instant when) {
        Duration age = Duration.between(when, clock.instant());
        if (age.toMinutes() < 1) {
            return Words.of("routines.ago.just-now");
        }
        if (age.toHours() < 1) {
            return Words.of("routines.ago.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return Words.of("routines.ago.hours", age.toHours());
        }
        return Words.of("routines.ago.days", age.toDays());
    }
}
