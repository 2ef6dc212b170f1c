package app.limber.coaching;

/**
 * One athlete's last seven days, for the coach home: sessions done (complete and partial apart)
 * against the routines they have been given, and their calendar week against their plan.
 *
 * @param given the routines they have now
 * @param plan  this week (Monday to Sunday in their time zone) against their plan; null when no
 *              plan asks for a session this week (then one session of each routine a week is the measure)
 */
public record AthleteWeek(long athleteId, String athlete, int complete, int partial, int given, WeekProgress plan) {
}
