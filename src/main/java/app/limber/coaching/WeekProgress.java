package app.limber.coaching;

/**
 * An athlete's week against their plan: complete sessions of planned routines this week (no more
 * of each routine than its plan asks for) and the sessions planned, from Monday to Sunday in the
 * athlete's time zone.
 *
 * @param dueSoFar the sessions that should have been done before today (chosen days already past;
 *                 for times a week, what no longer fits into the days left)
 */
public record WeekProgress(int done, int planned, int dueSoFar) {

    /** "2 of 3 this week" (in English: {@link #words()}). */
    public String label() {
        return words().english();
    }

    /** "2 of 3 this week", in the reader's language. */
    public app.limber.base.Words words() {
        return app.limber.base.Words.of("week-progress.label", done, planned);
    }

    /** Fewer sessions done than the days already past asked for. */
    public boolean behind() {
        return done < dueSoFar;
    }
}
