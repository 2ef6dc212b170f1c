package app.limber.sharing.web;

import app.limber.account.Role;
import app.limber.coaching.AssignmentService;
import app.limber.library.StretchPhotoService;
import app.limber.sharing.SharingService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Coaches' photos of their stretches, streamed from the database (in slices, never whole in
 * memory). A photo is served only to those who may see its stretch: {@code /photos/{token}} to its
 * coach and to athletes given a routine whose published version shows it, and
 * {@code /s/{link}/photos/{token}} to anyone holding a working share link whose version shows it
 * (the {@link ShareLinkFilter} checks the link first). Anything else is the same 404.
 */
@Controller
class PhotoController {

    private static final String TOKEN = "{photo:[A-Za-z0-9_-]{22}}";

    private final StretchPhotoService photos;
    private final AssignmentService assignments;
    private final SharingService sharing;

    PhotoController(StretchPhotoService photos, AssignmentService assignments, SharingService sharing) {
        this.photos = photos;
        this.assignments = assignments;
        this.sharing = sharing;
    }

    @GetMapping("/photos/" + TOKEN)
    void photo(@PathVariable String photo, HttpServletResponse response) throws IOException {
        serve(photo, false, maySee(photo), response);
    }

    @GetMapping("/photos/" + TOKEN + "/thumbnail")
    void thumbnail(@PathVariable String photo, HttpServletResponse response) throws IOException {
        serve(photo, true, maySee(photo), response);
    }

    @GetMapping("/s/{token}/photos/" + TOKEN)
    void sharedPhoto(@PathVariable String token, @PathVariable String photo, HttpServletResponse response) throws IOException {
        serve(photo, false, sharing.showsPhoto(token, photo), response);
    }

    @GetMapping("/s/{token}/photos/" + TOKEN + "/thumbnail")
    void sharedThumbnail(@PathVariable String token, @PathVariable String photo, HttpServletResponse response) throws IOException {
        serve(photo, true, sharing.showsPhoto(token, photo), response);
    }

    /** The coach who added it, or an athlete with a routine that shows it. */
    private boolean maySee(String photo) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return false;
        }
        boolean coach = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.COACH.authority()::equals);
        boolean athlete = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(Role.ATHLETE.authority()::equals);
        return coach && photos.isMine(photo) || athlete && assignments.showsPhoto(photo);
    }

    private void serve(String photo, boolean thumbnail, boolean allowed, HttpServletResponse response) throws IOException {
        var size = allowed ? photos.size(photo, thumbnail) : java.util.Optional.<Integer>empty();
        if (size.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // Limber's plain "Nothing here" page
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLengthLong(size.get());
        response.setHeader("X-Content-Type-Options", "nosniff");
        photos.copy(photo, thumbnail, response.getOutputStream());
    }
}
