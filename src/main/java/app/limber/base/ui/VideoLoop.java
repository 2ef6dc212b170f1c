package app.limber.base.ui;

import app.limber.base.Words;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * A stretch's video as a silent loop: {@code <video muted loop playsinline poster=…>} inside
 * {@code <limber-video>} ({@code frontend/components/limber-video.ts}), which keeps it muted and
 * starts it by itself (autoplay) unless the viewer asks for reduced motion, who gets it still on its
 * poster with controls. For a video without a poster, the coach's browser can draw one
 * ({@link #capturePoster}). The address comes from the screen (a share page serves it under its link);
 * the stretch's name, as typed, is only ever its label.
 */
@Tag("limber-video")
@JsModule("./components/limber-video.ts")
public class VideoLoop extends Component {

    private static final String CLASS_NAME = "limber-video";

    final Element video = new Element("video");

    /**
     * @param address the video's address; its poster is that address + "/poster"
     */
    public VideoLoop(String stretchName, String address, int width, int height) {
        video.setAttribute("src", address);
        video.setAttribute("poster", address + "/poster");
        video.setAttribute("muted", true);
        video.setProperty("muted", true);
        video.setAttribute("loop", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("preload", "auto");
        video.setAttribute("disablepictureinpicture", true);
        if (width > 0 && height > 0) {
            video.setAttribute("width", String.valueOf(width));
            video.setAttribute("height", String.valueOf(height));
        }
        video.setAttribute("aria-label", Words.of("video-loop.label", stretchName).shown());
        getElement().appendChild(video);
        getElement().getClassList().add(CLASS_NAME);
    }

    /**
     * Asks the browser for the poster of a video the server cannot decode: once the first frame is
     * there, {@code <limber-video>} draws it on a canvas and posts it as a JPEG to this handler
     * (which checks it like any photo).
     */
    public void capturePoster(UploadHandler handler) {
        getElement().setAttribute("poster-target", handler);
    }

    /** The address the video is served at. */
    public String address() {
        return video.getAttribute("src");
    }
}
