package app.limber.sharing.web;

import app.limber.base.Words;
import app.limber.base.web.DownloadName;
import app.limber.base.web.PlainPage;
import app.limber.base.web.ReaderLanguage;
import app.limber.base.PublicAddress;
import app.limber.routine.RoutineNotFoundException;
import app.limber.sharing.SharedRoutine;
import app.limber.sharing.SharingService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The printable handout (an HTML page for the browser's print dialog) and its PDF: for a
 * share link, open to anyone holding it (the {@link ShareLinkFilter} has checked the token
 * already), and for a coach's own routine (its latest published version). In the reader's
 * language ({@link ReaderLanguage}); what the coach typed and the built-in library's content stay as written.
 */
@Controller
class HandoutController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final SharingService sharing;
    private final PublicAddress address;
    private final ReaderLanguage readers;

    HandoutController(SharingService sharing, PublicAddress address, ReaderLanguage readers) {
        this.sharing = sharing;
        this.address = address;
        this.readers = readers;
    }

    @GetMapping("/s/{token}/handout")
    ResponseEntity<String> sharedHandout(@PathVariable String token, @RequestParam(required = false) String paper,
                                         HttpServletRequest request, HttpServletResponse response) {
        Paper size = Paper.of(paper);
        Locale reader = readers.of(request, response);
        return sharing.view(token)
                .map(routine -> page(shared(routine, request, reader), size, request, "/s/" + token + "/handout"))
                .orElseGet(() -> gone(reader));
    }

    @GetMapping("/s/{token}/handout.pdf")
    ResponseEntity<byte[]> sharedPdf(@PathVariable String token, @RequestParam(required = false) String paper,
                                     HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        Optional<SharedRoutine> routine = sharing.view(token);
        if (routine.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(SharePages.gone(reader).getBytes(StandardCharsets.UTF_8));
        }
        return pdf(shared(routine.get(), request, reader), Paper.of(paper));
    }

    @GetMapping("/routines/{id:[0-9]{1,18}}/handout")
    ResponseEntity<String> routineHandout(@PathVariable long id, @RequestParam(required = false) String paper,
                                          HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        return sharing.handout(id)
                .map(routine -> page(own(id, routine, request, reader), Paper.of(paper), request, "/routines/" + id + "/handout"))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(notPublished(request, reader)));
    }

    @GetMapping("/routines/{id:[0-9]{1,18}}/handout.pdf")
    ResponseEntity<byte[]> routinePdf(@PathVariable long id, @RequestParam(required = false) String paper,
                                      HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        return sharing.handout(id)
                .map(routine -> pdf(own(id, routine, request, reader), Paper.of(paper)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(notPublished(request, reader).getBytes(StandardCharsets.UTF_8)));
    }

    /** Another coach's routine: the same "not found" as a routine that does not exist. */
    @ExceptionHandler(RoutineNotFoundException.class)
    ResponseEntity<String> notYours(HttpServletRequest request, HttpServletResponse response) {
        Locale reader = readers.of(request, response);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(PlainPage.html(reader,
                Words.of("handout.not-found.title"), Words.of("handout.not-found.title"), Words.of("handout.not-found.text"),
                null, home(request)));
    }

    private static String notPublished(HttpServletRequest request, Locale reader) {
        return PlainPage.html(reader, Words.of("handout.not-published.title"), Words.of("handout.not-published.title"),
                Words.of("handout.not-published.text"), null, home(request));
    }

    private static String home(HttpServletRequest request) {
        return request.getContextPath() + "/";
    }

    private Handout shared(SharedRoutine routine, HttpServletRequest request, Locale reader) {
        return new Handout(routine, base(request) + "/s/" + routine.token(), Words.of("handout.scan-shared").in(reader), reader);
    }

    private Handout own(long id, SharedRoutine routine, HttpServletRequest request, Locale reader) {
        return new Handout(routine, base(request) + "/my-routines/" + id, Words.of("handout.scan-own").in(reader), reader);
    }

    private static ResponseEntity<String> page(Handout handout, Paper paper, HttpServletRequest request, String path) {
        String here = request.getContextPath() + path;
        String pdf = here + ".pdf?paper=" + paper.parameter();
        String otherPaper = here + "?paper=" + (paper == Paper.A4 ? Paper.LETTER : Paper.A4).parameter();
        return ResponseEntity.ok().contentType(HTML)
                .body(HandoutPage.render(handout, paper, request.getContextPath(), pdf, otherPaper));
    }

    private static ResponseEntity<byte[]> pdf(Handout handout, Paper paper) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(handout.routine().title(), handout.reader()) + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(HandoutPdf.render(handout, paper));
    }

    private static ResponseEntity<String> gone(Locale reader) {
        return ResponseEntity.status(HttpServletResponse.SC_NOT_FOUND).contentType(HTML).body(SharePages.gone(reader));
    }

    static String fileName(String title, Locale reader) {
        return DownloadName.ofRoutine(title, reader);
    }

    private String base(HttpServletRequest request) {
        return address.base(request);
    }
}
