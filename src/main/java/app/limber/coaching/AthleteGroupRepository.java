package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AthleteGroupRepository extends JpaRepository<AthleteGroupEntity, Long> {

    List<AthleteGroupEntity> findByCoachIdOrderByNameAsc(long coachId);

    boolean existsByCoachIdAndNameIgnoreCase(long coachId, String name);
}
