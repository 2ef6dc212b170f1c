package app.limber.coaching;

/**
 * One athlete's last seven days, for the coach home: sessions done (complete and partial apart)
 * against the routines they have been given.
 *
 * @param given the routines they have now (until there is a plan, one session of each a week is the measure)
 */
public record AthleteWeek(long athleteId, String athlete, int complete, int partial, int given) {
}
