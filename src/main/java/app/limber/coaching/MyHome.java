package app.limber.coaching;

import java.util.List;

/** An athlete's home: Today (what their plans ask of them) and every routine they were given. */
public record MyHome(Today today, List<AssignedRoutine> routines) {

    public MyHome {
        routines = List.copyOf(routines);
    }
}
