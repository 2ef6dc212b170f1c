package app.limber.sharing.web;

import app.limber.body.PoseFigure;
import app.limber.coaching.PublishedStep;
import app.limber.sharing.LinkQrCode;

import java.util.List;
import java.util.Locale;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The printable handout as one HTML page, sized for A4 or US Letter with CSS {@code @page}.
 * Everything a coach typed goes through {@code htmlEscape}: it is shown as text, never
 * read as HTML. No scripts except the Print button; no files from other sites. Its words are in
 * the reader's language ({@link HandoutWords}).
 */
final class HandoutPage {

    private HandoutPage() {
    }

    static String render(Handout handout, Paper paper, String contextPath, String pdfHref, String otherPaperHref) {
        var routine = handout.routine();
        Locale reader = handout.reader();
        var html = new StringBuilder(8192);
        html.append("<!doctype html>\n<html lang=\"").append(app.limber.account.Language.of(reader).code()).append("\">\n");
        html.append("""
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                """);
        html.append("<title>").append(text(HandoutWords.text(reader, "handout.page-title", routine.title()))).append("</title>\n");
        html.append("<link rel=\"stylesheet\" href=\"").append(text(contextPath)).append("/styles/handout.css\">\n");
        html.append("<style>@page { size: ").append(paper.cssSize).append("; margin: 14mm 14mm 16mm; }</style>\n");
        html.append("</head>\n<body>\n<main class=\"handout\" data-paper=\"").append(paper.parameter()).append("\">\n");

        html.append("<nav class=\"handout-toolbar\" aria-label=\"").append(text(HandoutWords.text(reader, "handout.toolbar")))
                .append("\">")
                .append("<button type=\"button\" onclick=\"window.print()\">").append(text(HandoutWords.text(reader, "handout.print")))
                .append("</button>")
                .append("<a href=\"").append(text(pdfHref)).append("\">").append(text(HandoutWords.text(reader, "handout.download-pdf")))
                .append("</a>")
                .append("<a href=\"").append(text(otherPaperHref)).append("\">")
                .append(text(HandoutWords.text(reader, paper == Paper.A4 ? "handout.use-letter" : "handout.use-a4"))).append("</a>")
                .append("<span class=\"handout-paper\">")
                .append(text(HandoutWords.text(reader, paper == Paper.A4 ? "handout.paper-a4" : "handout.paper-letter"))).append("</span>")
                .append("</nav>\n");

        html.append("<header class=\"handout-header\">\n<div class=\"handout-heading\">\n");
        html.append("<p class=\"handout-brand\">Limber</p>\n");
        html.append("<h1>").append(text(routine.title())).append("</h1>\n");
        html.append("<p class=\"handout-coach\">")
                .append(text(HandoutWords.text(reader, "handout.from", routine.coachName(), routine.version()))).append("</p>\n");
        html.append("<p class=\"handout-facts\">").append(text(HandoutWords.purpose(routine.purpose(), reader)))
                .append(" \u00b7 ").append(text(HandoutWords.length(routine, reader))).append("</p>\n");
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
            step(html, step, reader);
        }
        html.append("</ol>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void step(StringBuilder html, PublishedStep step, Locale reader) {
        html.append("<li class=\"handout-step\">\n");
        if (step.pose() != null) {
            // our own drawing from numbers; the name in its label is escaped by PoseFigure
            html.append("<div class=\"handout-figure\">").append(PoseFigure.svg(step.pose(), step.primaryMuscles(),
                    step.secondaryMuscles(), PoseFigure.Side.LEFT, HandoutWords.text(reader, "handout.figure", step.name())))
                    .append("</div>\n");
        }
        html.append("<h2>").append(text(step.name())).append("</h2>\n");
        html.append("<p class=\"handout-dose\">").append(text(HandoutWords.dose(step.dose(), reader))).append("</p>\n");
        String muscles = HandoutWords.muscles(step, reader);
        if (!muscles.isEmpty()) {
            html.append("<p class=\"handout-muscles\"><strong>").append(text(HandoutWords.text(reader, "handout.muscles")))
                    .append("</strong> ").append(text(muscles)).append("</p>\n");
        }
        list(html, "handout-instructions", "ol", step.instructions());
        if (!step.contraindications().isEmpty() || !step.cautions().isEmpty()) {
            html.append("<p class=\"handout-label\"><strong>").append(text(HandoutWords.text(reader, "handout.take-care")))
                    .append("</strong></p>\n");
            List<String> cautions = new java.util.ArrayList<>(HandoutWords.contraindicationCautions(step, reader));
            cautions.addAll(step.cautions());
            list(html, "handout-cautions", "ul", cautions);
        }
        if (!step.dose().note().isBlank()) {
            html.append("<p class=\"handout-note\"><strong>").append(text(HandoutWords.text(reader, "handout.coach-note")))
                    .append("</strong> ")
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
