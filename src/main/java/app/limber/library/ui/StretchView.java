package app.limber.library.ui;

import app.limber.account.Role;
import app.limber.base.Words;
import app.limber.base.ui.AdviceCard;
import app.limber.body.ui.BodyMap;
import app.limber.body.ui.StretchFigure;
import app.limber.library.InvalidStretchException;
import app.limber.library.HydrationAdvice;
import app.limber.library.LibraryService;
import app.limber.body.Muscle;
import app.limber.library.StretchDetails;
import app.limber.library.InvalidPhotoException;
import app.limber.library.StretchPhoto;
import app.limber.library.StretchPhotoService;
import app.limber.library.InvalidVideoException;
import app.limber.library.StretchVideo;
import app.limber.library.StretchVideoService;
import app.limber.base.ui.VideoLoop;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.stream.Collectors;

/** One stretch on its own page: how to do it, what to feel, when to stop, and where it comes from. */
@Route("library/stretch/:id([0-9]{1,18})")
@RolesAllowed(Role.COACH_NAME)
public class StretchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final LibraryService library;
    private final StretchPhotoService photoService;
    private final StretchVideoService videoService;
    private final HydrationAdvice hydration;
    private StretchDetails stretch;
    /** What became of the last upload, next to the upload ("Added", or why it was refused). */
    final Span uploadMessage = new Span();
    final Div photos = new Div();
    Upload upload;
    /** What became of the last video upload, next to its upload. */
    final Span videoMessage = new Span();
    final Div video = new Div();
    Upload videoUpload;

    public StretchView(LibraryService library, StretchPhotoService photoService, StretchVideoService videoService,
                       HydrationAdvice hydration) {
        this.library = library;
        this.hydration = hydration;
        this.photoService = photoService;
        this.videoService = videoService;
        uploadMessage.addClassName("limber-upload-message");
        uploadMessage.getElement().setAttribute("aria-live", "polite");
        videoMessage.addClassName("limber-upload-message");
        videoMessage.getElement().setAttribute("aria-live", "polite");
        video.addClassName("limber-stretch-section");
        photos.addClassName("limber-stretch-section");
        addClassNames("limber-page", "limber-stretch-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        stretch = event.getRouteParameters().getLong(ID)
                .flatMap(library::find)
                .orElse(null);
        if (stretch == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        // a stretch's name is the coach's (or the built-in library's, still English) words
        return stretch == null ? getTranslation("stretch-page.page-title.none") : stretch.name() + " · Limber";
    }

    private void show() {
        removeAll();
        var back = new RouterLink(getTranslation("stretch-page.back"), LibraryView.class);
        back.addClassName("limber-back-link");

        var title = ContentLanguage.mark(new H1(stretch.name()), stretch.contentLanguage());
        var badges = new HorizontalLayout(new Badge(getTranslation(stretch.builtIn() ? "stretch-page.built-in" : "stretch-page.mine")),
                new Badge(Words.label(stretch.kind()).shown()), new Badge(Words.label(stretch.position()).shown()));
        if (stretch.archived()) {
            badges.add(new Badge(getTranslation("stretch-page.archived")));
        }
        badges.addClassName("limber-badges");

        var summary = new Paragraph(stretch.summary());
        summary.addClassName("limber-stretch-summary");
        ContentLanguage.mark(summary, stretch.contentLanguage());

        var dose = new Paragraph(Dose.of(stretch.holdSeconds(), stretch.reps(), stretch.perSide()));
        dose.addClassName("limber-stretch-dose");

        var steps = new OrderedList();
        stretch.instructions().forEach(step -> steps.add(new ListItem(step)));
        steps.addClassName("limber-steps");
        ContentLanguage.mark(steps, stretch.contentLanguage());

        var main = new Div(summary, dose);
        variations().ifPresent(main::add);
        main.add(section(getTranslation("stretch-page.how"), steps));
        if (!stretch.cues().isEmpty()) {
            main.add(section(getTranslation("stretch-page.feel"),
                    ContentLanguage.mark(bullets(stretch.cues()), stretch.contentLanguage())));
        }
        if (!stretch.contraindications().isEmpty()) {
            Component checks = bullets(stretch.contraindicationCautionWords().stream().map(Words::shown).toList());
            checks.addClassNames("limber-cautions", "limber-contraindications");
            main.add(section(getTranslation("stretch-page.check-before"), checks));
        }
        if (!stretch.cautions().isEmpty()) {
            Component cautions = ContentLanguage.mark(bullets(stretch.cautions()), stretch.contentLanguage());
            cautions.addClassName("limber-cautions");
            main.add(section(getTranslation("stretch-page.when-to-stop"), cautions));
        }
        hydration.cardFor(stretch.purposes())
                .ifPresent(card -> main.add(new AdviceCard(card.title(), card.amounts(), card.warning(), card.source())));
        main.addClassName("limber-stretch-main");
        if (stretch.mine()) {
            showPhotos();
            showVideo();
            main.add(photos, video);
        }

        var facts = new Div(
                fact(getTranslation("stretch-page.primary-muscles"), Muscle.listedInWords(stretch.primaryMuscles()).shown()),
                fact(getTranslation("stretch-page.also-works"), stretch.secondaryMuscles().isEmpty() ? "—"
                        : Muscle.listedInWords(stretch.secondaryMuscles()).shown()),
                fact(getTranslation("stretch-page.equipment"), stretch.equipment().isEmpty() ? getTranslation("stretch-page.no-equipment")
                        : labels(stretch.equipment())),
                fact(getTranslation("stretch-page.use-for"), stretch.purposes().isEmpty() ? "—" : labels(stretch.purposes())),
                fact(getTranslation("stretch-page.avoid-if"), stretch.contraindications().isEmpty() ? "—"
                        : labels(stretch.contraindications())),
                sources());
        facts.addClassName("limber-stretch-facts-list");
        var map = BodyMap.thumbnail(stretch.primaryMuscles(), stretch.secondaryMuscles());
        map.addClassName("limber-body-map-large");
        var side = stretch.pose() == null ? new Div(map, facts) : new Div(StretchFigure.of(stretch.pose(),
                stretch.primaryMuscles(), stretch.secondaryMuscles(), stretch.name(), StretchFigure.Size.LARGE), map, facts);
        side.addClassName("limber-stretch-side");

        var content = new Div(main, side);
        content.addClassName("limber-stretch-content");
        add(back, title, badges, actions(), content);
    }

    /** The coach's photos of their stretch, each with Remove, and the upload while there is room. */
    private void showPhotos() {
        photos.removeAll();
        photos.add(new H2(getTranslation("stretch-page.photos")));
        List<StretchPhoto> shown = photoService.photos(stretch.id());
        if (shown.isEmpty()) {
            photos.add(new Paragraph(getTranslation("stretch-page.photos.none", photoService.maxPhotos())));
        }
        var list = new Div();
        list.addClassName("limber-photos");
        int number = 1;
        for (StretchPhoto photo : shown) {
            String address = "photos/" + photo.token();
            var thumbnail = new Image(address + "/thumbnail", getTranslation("stretch-page.photo.alt", number++, stretch.name()));
            var open = new Anchor(address, "");
            open.add(thumbnail);
            open.setTarget(AnchorTarget.BLANK);
            open.addClassName("limber-photo");
            var remove = new Button(getTranslation("stretch-page.photo.remove"), VaadinIcon.TRASH.create(), click -> {
                photoService.remove(stretch.id(), photo.token());
                uploadMessage.setText(getTranslation("stretch-page.photo.removed"));
                showPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            var item = new Div(open, remove);
            item.addClassName("limber-photo-item");
            list.add(item);
        }
        photos.add(list);
        if (shown.size() < photoService.maxPhotos()) {
            photos.add(upload());
        } else {
            upload = null;
        }
        photos.add(uploadMessage);
    }

    private Component upload() {
        long stretchId = stretch.id();
        long maxBytes = photoService.maxPhotoBytes();
        upload = new Upload(event -> {
            UI ui = event.getUI();
            try {
                StretchPhoto added = photoService.add(stretchId, event.getInputStream());
                ui.access(() -> {
                    uploadMessage.removeClassName("limber-upload-refused");
                    uploadMessage.setText(getTranslation("stretch-page.photo.added", added.sourceFormat(), added.width(), added.height()));
                    showPhotos();
                });
            } catch (InvalidPhotoException refused) {
                ui.access(() -> refuse(refused.words().shown()));
            }
        });
        upload.setId("photo-upload");
        upload.setI18n(uploadWords(getTranslation("stretch-upload.add-photo"), getTranslation("stretch-upload.drop-photo")));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage().contains("large")
                ? getTranslation("stretch-page.photo.too-large", maxBytes / (1024 * 1024))
                : getTranslation("stretch-page.photo.wrong-type")));
        var hint = new Span(getTranslation("stretch-page.photo.hint", maxBytes / (1024 * 1024), photoService.maxPhotos()));
        hint.addClassName("limber-upload-hint");
        var wrapper = new Div(upload, hint);
        wrapper.addClassName("limber-photo-upload");
        return wrapper;
    }

    /** The coach's video of their stretch, playing as athletes see it, with Remove; the upload adds or replaces it. */
    private void showVideo() {
        video.removeAll();
        video.add(new H2(getTranslation("stretch-page.video")));
        var current = videoService.video(stretch.id());
        current.ifPresentOrElse(shown -> {
            var loop = new VideoLoop(stretch.name(), "videos/" + shown.token(), shown.width(), shown.height());
            loop.addClassName("limber-stretch-video");
            if (!shown.poster()) {
                // the server cannot decode this one (VP9): the coach's browser sends its first frame
                long stretchId = stretch.id();
                loop.capturePoster(event -> {
                    try {
                        videoService.addPoster(stretchId, shown.token(), event.getInputStream());
                    } catch (InvalidPhotoException refused) {
                        // no poster then: the video shows its own first frame once loaded
                    }
                });
            }
            var remove = new Button(getTranslation("stretch-page.video.remove"), VaadinIcon.TRASH.create(), click -> {
                videoService.remove(stretch.id());
                videoMessage.removeClassName("limber-upload-refused");
                videoMessage.setText(getTranslation("stretch-page.video.removed"));
                showVideo();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            video.add(loop, remove);
        }, () -> video.add(new Paragraph(getTranslation("stretch-page.video.none"))));
        video.add(videoUpload(current.isPresent()), videoMessage);
    }

    private Component videoUpload(boolean replaces) {
        long stretchId = stretch.id();
        long maxBytes = videoService.maxVideoBytes();
        videoUpload = new Upload(event -> {
            UI ui = event.getUI();
            try {
                StretchVideo added = videoService.add(stretchId, event.getInputStream());
                ui.access(() -> {
                    videoMessage.removeClassName("limber-upload-refused");
                    videoMessage.setText(getTranslation(replaces ? "stretch-page.video.replaced" : "stretch-page.video.added",
                            added.codec(), added.width(), added.height()));
                    showVideo();
                });
            } catch (InvalidVideoException refused) {
                ui.access(() -> refuseVideo(refused.words().shown()));
            }
        });
        videoUpload.setId("video-upload");
        videoUpload.setI18n(uploadWords(getTranslation(replaces ? "stretch-page.video.replace" : "stretch-page.video.upload"),
                getTranslation("stretch-upload.drop-video")));
        videoUpload.setMaxFiles(1);
        videoUpload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        videoUpload.setAcceptedFileTypes("video/mp4", "video/webm", ".mp4", ".m4v", ".webm");
        videoUpload.setUploadButton(new Button(getTranslation(replaces ? "stretch-page.video.replace" : "stretch-page.video.upload"), VaadinIcon.FILM.create()));
        videoUpload.addFileRejectedListener(rejected -> refuseVideo(rejected.getErrorMessage().contains("large")
                ? getTranslation("stretch-page.video.too-large", maxBytes / (1024 * 1024))
                : getTranslation("stretch-page.video.wrong-type")));
        var hint = new Span(getTranslation("stretch-page.video.hint", maxBytes / (1024 * 1024)));
        hint.addClassName("limber-upload-hint");
        var wrapper = new Div(videoUpload, hint);
        wrapper.addClassName("limber-photo-upload");
        return wrapper;
    }

    /**
     * The upload's own words in the reader's language. Its refusals of a file (too large, wrong
     * type) stay Vaadin's: the view reads them, and shows its own words instead.
     */
    private UploadI18N uploadWords(String add, String drop) {
        var words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop));
        words.setFile(new UploadI18N.File().setStart(getTranslation("stretch-upload.start"))
                .setRetry(getTranslation("stretch-upload.retry")).setRemove(getTranslation("stretch-upload.remove")));
        words.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("stretch-upload.connecting"))
                        .setStalled(getTranslation("stretch-upload.stalled")).setProcessing(getTranslation("stretch-upload.processing"))
                        .setHeld(getTranslation("stretch-upload.queued")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("stretch-upload.remaining") + " ")
                        .setUnknown(getTranslation("stretch-upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("stretch-upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("stretch-upload.server-error"))
                        .setForbidden(getTranslation("stretch-upload.forbidden"))));
        return words;
    }

    private void refuseVideo(String message) {
        videoMessage.addClassName("limber-upload-refused");
        videoMessage.setText(message);
        if (videoUpload != null) {
            videoUpload.clearFileList();
        }
    }

    private void refuse(String message) {
        uploadMessage.addClassName("limber-upload-refused");
        uploadMessage.setText(message);
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private Component actions() {
        var actions = new HorizontalLayout();
        actions.addClassName("limber-stretch-actions");
        var copy = new Button(getTranslation(stretch.builtIn() ? "stretch-page.copy" : "stretch-page.duplicate"), VaadinIcon.COPY_O.create(), click -> {
            StretchDetails copied = library.copy(stretch.id());
            Notification.show(getTranslation("stretch-page.copied", copied.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(copied.id()))));
        });
        actions.add(copy);
        if (stretch.mine()) {
            var edit = new Button(getTranslation("stretch-page.edit"), VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate(StretchEditorView.class, new RouteParameters(StretchView.ID, String.valueOf(stretch.id())))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(edit);
            if (stretch.archived()) {
                actions.add(new Button(getTranslation("stretch-page.restore"), VaadinIcon.ARROW_BACKWARD.create(), click -> {
                    try {
                        stretch = library.restore(stretch.id());
                        Notification.show(getTranslation("stretch-page.restored", stretch.name()));
                        show();
                    } catch (InvalidStretchException refused) {
                        Notification.show(String.join(" ", refused.problems().values().stream().map(Words::shown).toList()), 8000,
                                Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    }
                }));
            } else {
                var archive = new Button(getTranslation("stretch-page.archive"), VaadinIcon.ARCHIVE.create(), click -> {
                    long id = stretch.id();
                    String name = stretch.name();
                    library.archive(id);
                    var notification = new Notification();
                    notification.setDuration(10_000);
                    var undo = new Button(getTranslation("stretch-page.undo"), undoClick -> {
                        notification.close();
                        library.restore(id);
                        getUI().ifPresent(ui -> ui.navigate(StretchView.class, new RouteParameters(ID, String.valueOf(id))));
                    });
                    undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    notification.add(new HorizontalLayout(new Span(getTranslation("stretch-page.archived-notice", name)), undo));
                    notification.open();
                    getUI().ifPresent(ui -> ui.navigate(LibraryView.class));
                });
                archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(archive);
            }
        }
        return actions;
    }

    private static Component section(String heading, Component content) {
        var section = new Div(new H2(heading), content);
        section.addClassName("limber-stretch-section");
        return section;
    }

    private static UnorderedList bullets(List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    /**
     * Where the stretch comes from: a built-in's every article (one per line), and a word when
     * Limber wrote its steps; a coach's own stretch shows what the coach typed.
     */
    private Component sources() {
        if (!stretch.builtIn()) {
            return fact(getTranslation("stretch-page.source"), stretch.source().isEmpty() ? "—" : stretch.source());
        }
        var term = new Span(getTranslation(stretch.sources().size() > 1 ? "stretch-page.sources" : "stretch-page.source"));
        term.addClassName("limber-fact-label");
        var list = new UnorderedList();
        list.addClassName("limber-fact-sources");
        stretch.sources().forEach(title -> list.add(new ListItem(title)));
        var fact = new Div(term, list);
        fact.addClassName("limber-fact");
        String note = stretch.source().isEmpty()
                ? stretch.sources().isEmpty() ? getTranslation("stretch-page.written-by-limber")
                : getTranslation("stretch-page.written-by-limber-cautions-from-articles")
                : stretch.stepsWrittenByUs() ? getTranslation("stretch-page.steps-written-by-limber") : null;
        if (note != null) {
            var ours = new Paragraph(note);
            ours.addClassName("limber-fact-note");
            fact.add(ours);
        }
        return fact;
    }

    /** "Easier: …" and "Harder: …", each a link to that stretch's page; nothing when it names neither. */
    private java.util.Optional<Component> variations() {
        if (stretch.easier() == null && stretch.harder() == null) {
            return java.util.Optional.empty();
        }
        var links = new Div();
        links.addClassName("limber-stretch-variations");
        if (stretch.easier() != null) {
            links.add(variation(getTranslation("stretch-page.easier"), stretch.easier()));
        }
        if (stretch.harder() != null) {
            links.add(variation(getTranslation("stretch-page.harder"), stretch.harder()));
        }
        return java.util.Optional.of(links);
    }

    private static Component variation(String label, app.limber.library.StretchLink linked) {
        var line = new Paragraph(new Span(label + " "),
                new RouterLink(linked.name(), StretchView.class, new RouteParameters(ID, String.valueOf(linked.id()))));
        line.addClassName("limber-stretch-variation");
        return line;
    }

    /** The labels of a stretch's equipment, purposes or contraindications, in their order: "Wall or rail, Towel". */
    private static <T extends Enum<T>> String labels(java.util.Collection<T> values) {
        return values.stream().sorted().map(value -> Words.label(value).shown()).collect(Collectors.joining(", "));
    }

    private static Component fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("limber-fact-label");
        var text = new Span(value);
        text.addClassName("limber-fact-value");
        var fact = new Div(term, text);
        fact.addClassName("limber-fact");
        return fact;
    }
}
