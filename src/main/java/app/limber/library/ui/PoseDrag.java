package app.limber.library.ui;

import app.limber.body.PoseEditing;
import app.limber.body.PoseFigure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.JsonNode;

import java.util.function.BiConsumer;

/**
 * The figure being posed, inside {@code <limber-pose-drag>} (frontend/components): the browser
 * moves a dragged handle and says where it was let go; this tells the listener which handle
 * and where, ignoring anything that is not one of our handles or not a number.
 */
@Tag("limber-pose-drag")
@JsModule("./components/limber-pose-drag.ts")
class PoseDrag extends Component implements HasComponents {

    PoseDrag(BiConsumer<PoseEditing.Handle, PoseFigure.Xy> onDrag) {
        getElement().addEventListener("pose-drag", event -> dragged(event, onDrag))
                .addEventData("event.detail.handle").addEventData("event.detail.x").addEventData("event.detail.y");
    }

    private static void dragged(DomEvent event, BiConsumer<PoseEditing.Handle, PoseFigure.Xy> onDrag) {
        JsonNode handle = event.getEventData().get("event.detail.handle");
        JsonNode x = event.getEventData().get("event.detail.x");
        JsonNode y = event.getEventData().get("event.detail.y");
        if (handle == null || x == null || y == null || !x.isNumber() || !y.isNumber()
                || !Double.isFinite(x.asDouble()) || !Double.isFinite(y.asDouble())) {
            return; // not what our component sends: nothing to do
        }
        try {
            onDrag.accept(PoseEditing.Handle.valueOf(handle.asString()), new PoseFigure.Xy(x.asDouble(), y.asDouble()));
        } catch (IllegalArgumentException notAHandle) {
            // a handle we did not draw: nothing to do
        }
    }
}
