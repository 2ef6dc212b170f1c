package app.limber.sharing.web;

import app.limber.body.PoseFigure;
import app.limber.coaching.PublishedStep;
import app.limber.sharing.LinkQrCode;
import app.limber.sharing.StepWords;

import java.util.List;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The printable handout as one HTML page, sized for A4 or US Letter with CSS {@code @page}.
 * Everything a coach typed goes through {@code htmlEscape}: it is shown as text, never
 * read as HTML. No scripts except the Print button; no files from other sites.
 */
final class HandoutPage {

    private HandoutPage() {
    }

    static String render(Handout handout, Paper paper, String contextPath, String pdfHref, String otherPaperHref) {
        var routine = handout.routine();
        var html = new StringBuilder(8192);
        html.append("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                """);
        html.append("<title>").append(text(routine.title())).append(" \u00b7 Handout \u00b7 Limber</title>\n");
        html.append("<link rel=\"stylesheet\" href=\"").append(text(contextPath)).append("/styles/handout.css\">\n");
        html.append("<style>@page { size: ").append(paper.cssSize).append("; margin: 14mm 14mm 16mm; }</style>\n");
        html.append("</head>\n<body>\n<main class=\"handout\" data-paper=\"").append(paper.parameter()).append("\">\n");

        html.append("<nav class=\"handout-toolbar\" aria-label=\"Handout\">")
                .append("<button type=\"button\" onclick=\"window.print()\">Print</button>")
                .append("<a href=\"").append(text(pdfHref)).append("\">Download PDF</a>")
                .append("<a href=\"").append(text(otherPaperHref)).append("\">")
                .append(paper == Paper.A4 ? "Use US Letter paper" : "Use A4 paper").append("</a>")
                .append("<span class=\"handout-paper\">Paper: ").append(paper == Paper.A4 ? "A4" : "US Letter").append("</span>")
                .append("</nav>\n");

        html.append("<header class=\"handout-header\">\n<div class=\"handout-heading\">\n");
        html.append("<p class=\"handout-brand\">Limber</p>\n");
        html.append("<h1>").append(text(routine.title())).append("</h1>\n");
        html.append("<p class=\"handout-coach\">From ").append(text(routine.coachName()))
                .append(" \u00b7 version ").append(routine.version()).append("</p>\n");
        html.append("<p class=\"handout-facts\">").append(text(StepWords.purpose(routine.purpose())))
                .append(" \u00b7 ").append(text(StepWords.length(routine))).append("</p>\n");
        if (!routine.description().isBlank()) {
            html.append("<p class=\"handout-description\">").append(text(routine.description())).append("</p>\n");
        }
        html.append("</div>\n");
        if (handout.link() != null) {
            html.append("<figure class=\"handout-qr\">").append(LinkQrCode.of(handout.link()).svg())
                    .append("<figcaption>").append(text(handout.linkCaption())).append("<br><span class=\"handout-link\">")
                    .append(text(handout.link())).append("</span></figcaption></figure>\n");
        }
        html.append("</header>\n<ol class=\"handout-steps\">\n");
        for (PublishedStep step : routine.steps()) {
            step(html, step);
        }
        html.append("</ol>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void step(StringBuilder html, PublishedStep step) {
        html.append("<li class=\"handout-step\">\n");
        if (step.pose() != null) {
            // our own drawing from numbers; the name in its label is escaped by PoseFigure
            html.append("<div class=\"handout-figure\">").append(PoseFigure.svg(step.pose(), step.primaryMuscles(),
                    step.secondaryMuscles(), PoseFigure.Side.LEFT, step.name() + ", as a figure")).append("</div>\n");
        }
        html.append("<h2>").append(text(step.name())).append("</h2>\n");
        html.append("<p class=\"handout-dose\">").append(text(StepWords.dose(step.dose()))).append("</p>\n");
        String muscles = StepWords.muscles(step);
        if (!muscles.isEmpty()) {
            html.append("<p class=\"handout-muscles\"><strong>Muscles:</strong> ").append(text(muscles)).append("</p>\n");
        }
        list(html, "handout-instructions", "ol", step.instructions());
        if (!step.contraindications().isEmpty() || !step.cautions().isEmpty()) {
            html.append("<p class=\"handout-label\"><strong>Take care</strong></p>\n");
            List<String> cautions = new java.util.ArrayList<>(step.contraindicationCautions());
            cautions.addAll(step.cautions());
            list(html, "handout-cautions", "ul", cautions);
        }
        if (!step.dose().note().isBlank()) {
            html.append("<p class=\"handout-note\"><strong>Note from your coach:</strong> ")
                    .append(text(step.dose().note())).append("</p>\n");
        }
        html.append("</li>\n");
    }

    private static void list(StringBuilder html, String className, String tag, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append('<').append(tag).append(" class=\"").append(className).append("\">");
        items.forEach(item -> html.append("<li>").append(text(item)).append("</li>"));
        html.append("</").append(tag).append(">\n");
    }

    private static String text(String typed) {
        return htmlEscape(typed == null ? "" : typed, "UTF-8");
    }
}
