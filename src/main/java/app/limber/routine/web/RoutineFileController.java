package app.limber.routine.web;

import app.limber.base.Words;
import app.limber.base.web.DownloadName;
import app.limber.base.web.PlainPage;
import app.limber.base.web.ReaderLanguage;
import app.limber.routine.RoutineFile;
import app.limber.routine.RoutineFileJson;
import app.limber.routine.RoutineFileService;
import app.limber.routine.RoutineNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A coach's routine as a file of the open routine format, to download, and all of them as one ZIP;
 * only the coach who owns a routine gets it.
 */
@Controller
class RoutineFileController {

    private final RoutineFileService files;
    private final ReaderLanguage readers;

    RoutineFileController(RoutineFileService files, ReaderLanguage readers) {
        this.files = files;
        this.readers = readers;
    }

    @GetMapping("/routines/{id:[0-9]{1,18}}/routine.json")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        RoutineFile file = files.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(file.title()), StandardCharsets.UTF_8).build().toString())
                .body(RoutineFileJson.write(file));
    }

    /**
     * Every routine of the coach's (archived ones too) as one ZIP of routine files, one per
     * routine, numbered so that two routines of one title both arrive.
     */
    @GetMapping("/routines/all-routines.zip")
    ResponseEntity<byte[]> downloadAll() throws IOException {
        List<RoutineFile> all = files.exportAll();
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            for (int index = 0; index < all.size(); index++) {
                zip.putNextEntry(new ZipEntry("routines/%03d-%s".formatted(index + 1, fileName(all.get(index).title()))));
                zip.write(RoutineFileJson.write(all.get(index)));
                zip.closeEntry();
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("limber-routines.zip", StandardCharsets.UTF_8).build().toString())
                .body(zipped.toByteArray());
    }

    /** "Calf-cramp relief" → "calf-cramp-relief.limber.json". */
    static String fileName(String title) {
        return DownloadName.of(title, "routine") + ".limber.json";
    }

    /** Another coach's routine (or an athlete asking): the same "not found" as a routine that does not exist. */
    @ExceptionHandler({RoutineNotFoundException.class, AccessDeniedException.class})
    ResponseEntity<String> notYours(HttpServletRequest request, HttpServletResponse response) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(PlainPage.html(readers.of(request, response), Words.of("error-page.not-found.title"),
                        Words.of("error-page.not-found.title"), Words.of("error-page.not-found.text"), null,
                        request.getContextPath() + "/"));
    }
}
