package app.limber.body.ui;

import app.limber.body.BodyFigure;
import app.limber.body.Muscle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body map that the browser draws ({@code frontend/components/limber-body-map.ts}) is
 * {@link BodyFigure}'s, the same shapes as the library's cards and the stretch page: its drawing,
 * {@code frontend/components/body-map-drawing.ts}, is made from BodyFigure by this test, without
 * words (the server sends them in the reader's language) and without the state of a picker (the
 * browser marks what is chosen and where the tab stop is). After a change to BodyFigure's shapes:
 * {@code ./mvnw -q -o test -Dtest=BodyMapDrawingTest -Dlimber.body-map.write=true}, then rebuild the bundle.
 */
class BodyMapDrawingTest {

    static final Path DRAWING = Path.of("frontend/components/body-map-drawing.ts");

    /** The figures' captions as BodyFigure writes them outside a UI, and the word each one is in limber-body-map.ts. */
    private static final Map<String, String> CAPTIONS = Map.of("Front", "front", "Back", "back", "Left", "left", "Right", "right");

    @Test
    void theBrowsersDrawingIsBodyFiguresOwn() throws IOException {
        String made = module();
        if (Boolean.getBoolean("limber.body-map.write")) {
            Files.writeString(DRAWING, made);
        }
        assertThat(Files.readString(DRAWING))
                .as("%s is made from BodyFigure: run BodyMapDrawingTest with -Dlimber.body-map.write=true and rebuild the bundle", DRAWING)
                .isEqualTo(made);
    }

    @Test
    void theDrawingHasEveryMuscleAndNoWordsOrStateOfItsOwn() {
        for (String drawing : new String[]{drawing(BodyFigure.svg(Map.of(), false)).get("markup"),
                drawing(BodyFigure.touchSvg(Map.of())).get("markup")}) {
            for (Muscle muscle : Muscle.values()) {
                assertThat(drawing).contains("<g data-muscle='" + muscle.name() + "' class='muscle'>");
            }
            assertThat(drawing).doesNotContain("<title>", "aria-label", "aria-pressed", "role=", "tabindex", "selected", "Front<", "Back<", "Left<", "Right<")
                    .contains("data-word='front'", "data-word='back'");
        }
    }

    static String module() {
        var json = JsonMapper.shared();
        return """
                // Made by BodyMapDrawingTest from app.limber.body.BodyFigure: do not edit by hand. After a change to
                // BodyFigure's shapes: ./mvnw -q -o test -Dtest=BodyMapDrawingTest -Dlimber.body-map.write=true

                /**
                 * One figure of the body map: its view box and what is drawn in it, the outlines (each caption a
                 * <text data-word> that limber-body-map.ts fills with the server's words) and each muscle's region
                 * (<g data-muscle>, in drawing order; a muscle seen from the front and the back has two).
                 */
                export interface BodyMapDrawing {
                  viewBox: string;
                  markup: string;
                }

                /** The figure of the library's muscle filter. */
                export const FIGURE: BodyMapDrawing = %s;

                /** The figure to tap on a phone (the athlete's pain map): every area to tap at least 44 x 44 units. */
                export const TOUCH: BodyMapDrawing = %s;
                """.formatted(json.writeValueAsString(drawing(BodyFigure.svg(Map.of(), false))),
                json.writeValueAsString(drawing(BodyFigure.touchSvg(Map.of()))));
    }

    /** BodyFigure's markup as the browser's drawing: no titles, no buttons' state, captions to fill in. */
    private static Map<String, String> drawing(String svg) {
        Matcher whole = Pattern.compile("<svg [^>]*viewBox='([^']+)'[^>]*>(.*)</svg>", Pattern.DOTALL).matcher(svg);
        assertThat(whole.matches()).as("BodyFigure's markup is one <svg>").isTrue();
        String markup = whole.group(2)
                .replaceAll("<title>[^<]*</title>", "")
                .replaceAll(" role='button' aria-pressed='(?:true|false)' aria-label='[^']*' tabindex='-?\\d'", "");
        for (var caption : CAPTIONS.entrySet()) {
            markup = markup.replace(">" + caption.getKey() + "</text>", " data-word='" + caption.getValue() + "'></text>");
        }
        Map<String, String> drawing = new LinkedHashMap<>();
        drawing.put("viewBox", whole.group(1));
        drawing.put("markup", markup);
        return drawing;
    }
}
