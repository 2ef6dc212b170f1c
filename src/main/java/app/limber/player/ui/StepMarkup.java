package app.limber.player.ui;

import app.limber.base.ui.Durations;
import app.limber.coaching.PublishedStep;
import app.limber.library.Muscle;
import app.limber.player.PlayPlan;
import com.vaadin.flow.component.Html;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A step's read-only text (its phases, dose, the coach's note, instructions, cues, cautions) as
 * one piece of markup instead of dozens of components: an open player then holds one element
 * for it, which keeps a player UI small on the server. Every piece of text, all of it typed by
 * someone, is escaped, so it shows as text and never as markup.
 */
final class StepMarkup {

    private StepMarkup() {
    }

    /** "Get ready · 10 s", "Hold · Rep 1 of 2 · Left side · 30 s", ... */
    static Html phases(PlayPlan.Step step) {
        var html = new StringBuilder("<ol class=\"limber-player-phase-list\" aria-label=\"This step\">");
        for (PlayPlan.Phase phase : step.phases()) {
            html.append("<li class=\"limber-phase-").append(phase.kind().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(text(phase.title() + (phase.detail().isEmpty() ? "" : " · " + phase.detail())
                            + " · " + Durations.exactly(phase.seconds())))
                    .append("</li>");
        }
        return new Html(html.append("</ol>").toString());
    }

    static Html content(PublishedStep step) {
        var html = new StringBuilder("<div class=\"limber-player-step-text\">");
        html.append("<p class=\"limber-stretch-dose\">").append(text(step.dose().describe())).append("</p>");
        if (!step.dose().note().isEmpty()) {
            html.append("<p class=\"limber-coach-note\" data-label=\"Coach's note\">").append(text(step.dose().note())).append("</p>");
        }
        list(html, "ol", "limber-player-instructions", null, step.instructions());
        list(html, "ul", "limber-player-cues", "Feel for:", step.cues());
        list(html, "ul", "limber-cautions", "When to stop:", step.cautions());
        html.append("<p class=\"limber-player-works\">Works ")
                .append(text(step.primaryMuscles().stream().map(Muscle::label).collect(Collectors.joining(", "))))
                .append("</p>");
        return new Html(html.append("</div>").toString());
    }

    private static void list(StringBuilder html, String tag, String className, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (heading != null) {
            html.append("<p class=\"limber-player-list-heading\">").append(text(heading)).append("</p>");
        }
        html.append('<').append(tag).append(" class=\"").append(className).append("\">");
        lines.forEach(line -> html.append("<li>").append(text(line)).append("</li>"));
        html.append("</").append(tag).append('>');
    }

    private static String text(String typed) {
        return HtmlUtils.htmlEscape(typed);
    }
}
