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

    /** "2 of 3 this week". */
    public String label() {
        return done + " of " + planned + " this week";
    }

    /** Fewer sessions done than the days already past asked for. */
    public boolean behind() {
        return done < dueSoFar;
    }
}
