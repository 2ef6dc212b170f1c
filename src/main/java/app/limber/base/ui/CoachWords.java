package app.limber.base.ui;

import app.limber.base.Words;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What a coach wrote, shown to an athlete as the coach's words: "<b>Note from Casey:</b> Longer
 * child's pose this week". The coach's text is set as text, never as HTML, and keeps its line breaks.
 */
public class CoachWords extends Paragraph {

    private final String words;

    public CoachWords(String label, String words) {
        this.words = words;
        addClassName("limber-coach-words");
        var heading = new Span(label + ":");
        heading.addClassName("limber-coach-words-label");
        var text = new Span(words);
        text.addClassName("limber-coach-words-text");
        add(heading, new Span(" "), text);
    }

    /** "Note from Casey: …", the note a coach published a version with. */
    public static CoachWords publishNote(String coach, String note) {
        CoachWords words = new CoachWords((coach == null || coach.isBlank() ? Words.of("coach-words.note-from-your-coach")
                : Words.of("coach-words.note-from", coach)).shown(), note);
        words.addClassName("limber-publish-note");
        return words;
    }

    /** The coach's words alone, without the label. */
    public String words() {
        return words;
    }
}
