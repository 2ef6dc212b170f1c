package app.limber.sharing.web;

import app.limber.account.Role;
import app.limber.coaching.AssignmentService;
import app.limber.library.StretchVideoService;
import app.limber.library.VideoContent;
import app.limber.sharing.SharingService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.util.Optional;

/**
 * Coaches' videos of their stretches, streamed from the database a chunk at a time, with HTTP
 * range requests so that a phone can seek ({@code Accept-Ranges: bytes}; {@code bytes=a-b},
 * {@code a-} and {@code -n} answered 206 with {@code Content-Range}, an unsatisfiable range 416:
 * Spring MVC does this for a {@link org.springframework.core.io.Resource} of known length), an
 * ETag (the token: a video never changes under it) and its poster frame. The same people see it as
 * a photo: {@code /videos/{token}} its coach and athletes given a routine whose published version
 * shows it, {@code /s/{link}/videos/{token}} anyone holding a working share link whose version
 * shows it (the {@link ShareLinkFilter} checks the link first). Anything else is the same 404.
 */
@Controller
class VideoController {

    private static final String TOKEN = "{video:[A-Za-z0-9_-]{22}}";

    private final StretchVideoService videos;
    private final AssignmentService assignments;
    private final SharingService sharing;

    VideoController(StretchVideoService videos, AssignmentService assignments, SharingService sharing) {
        this.videos = videos;
        this.assignments = assignments;
        this.sharing = sharing;
    }

    @GetMapping("/videos/" + TOKEN)
    ResponseEntity<?> video(@PathVariable String video) {
        return serve(maySee(video) ? videos.content(video) : Optional.empty());
    }

    @GetMapping("/videos/" + TOKEN + "/poster")
    void poster(@PathVariable String video, HttpServletResponse response) throws IOException {
        poster(video, maySee(video), response);
    }

    @GetMapping("/s/{token}/videos/" + TOKEN)
    ResponseEntity<?> sharedVideo(@PathVariable String token, @PathVariable String video) {
        return serve(sharing.showsVideo(token, video) ? videos.content(video) : Optional.empty());
    }

    @GetMapping("/s/{token}/videos/" + TOKEN + "/poster")
    void sharedPoster(@PathVariable String token, @PathVariable String video, HttpServletResponse response) throws IOException {
        poster(video, sharing.showsVideo(token, video), response);
    }

    /** The coach who added it, or an athlete with a routine that shows it. */
    private boolean maySee(String video) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return false;
        }
        boolean coach = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.COACH.authority()::equals);
        boolean athlete = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.ATHLETE.authority()::equals);
        return coach && videos.isMine(video) || athlete && assignments.showsVideo(video);
    }

    /** The whole video (200) or, for a Range header, the ranges (206) or 416: Spring MVC reads the range from the resource. */
    private static ResponseEntity<?> serve(Optional<VideoContent> content) {
        if (content.isEmpty()) {
            // Limber's plain "Nothing here" page, as for a missing photo (the same for another's as for none)
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.get().mediaType()))
                .eTag(content.get().token())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.get());
    }

    private void poster(String video, boolean allowed, HttpServletResponse response) throws IOException {
        Optional<Integer> size = allowed ? videos.posterSize(video) : Optional.empty();
        if (size.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // Limber's plain "Nothing here" page
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLengthLong(size.get());
        response.setHeader("X-Content-Type-Options", "nosniff");
        videos.copyPoster(video, response.getOutputStream());
    }
}
