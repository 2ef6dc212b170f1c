package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface AthleteGroupRepository extends JpaRepository<AthleteGroupEntity, Long> {

    /** The coach's groups by name, each with its members, in one query. */
    @Query("select distinct g from AthleteGroupEntity g left join fetch g.members where g.coachId = :coachId order by g.name")
    List<AthleteGroupEntity> findWithMembersByCoachId(long coachId);

    boolean existsByCoachIdAndNameIgnoreCase(long coachId, String name);
}
