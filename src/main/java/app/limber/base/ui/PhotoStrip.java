package app.limber.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;

import java.util.List;
import java.util.function.Function;

/**
 * A stretch's photos in a row of thumbnails, each opening the full photo. The addresses come
 * from the screen (a share page serves them under its link); the stretch's name, as typed, is
 * only ever the images' alternative text.
 */
public class PhotoStrip extends Div {

    /**
     * @param photoAddress the address of a photo by its token; its thumbnail is that address + "/thumbnail"
     */
    public PhotoStrip(String stretchName, List<String> photos, Function<String, String> photoAddress) {
        addClassName("limber-photos");
        int number = 1;
        for (String photo : photos) {
            String address = photoAddress.apply(photo);
            var thumbnail = new Image(address + "/thumbnail", getTranslation("photo-strip.alt", number, photos.size(), stretchName));
            thumbnail.getElement().setAttribute("loading", "lazy");
            thumbnail.getElement().setAttribute("decoding", "async");
            var open = new Anchor(address, "");
            open.add(thumbnail);
            open.setTarget(AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener");
            open.addClassName("limber-photo");
            add(open);
            number++;
        }
    }
}
