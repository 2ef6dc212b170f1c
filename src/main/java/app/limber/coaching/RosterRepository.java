package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RosterRepository extends JpaRepository<RosterEntry, RosterEntry.Key> {

    List<RosterEntry> findByKeyCoachIdAndRemovedAtIsNullOrderByJoinedAtDesc(long coachId);
}
