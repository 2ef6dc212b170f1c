package app.limber.coaching;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RoutineVersionRepository extends JpaRepository<RoutineVersion, Long>, JpaSpecificationExecutor<RoutineVersion> {

    List<RoutineVersion> findByRoutineIdOrderByNumberDesc(long routineId);

    Optional<RoutineVersion> findFirstByRoutineIdOrderByNumberDesc(long routineId);

    Optional<RoutineVersion> findByRoutineIdAndNumber(long routineId, int number);

    /** The number of the routine's latest version (without reading its content). */
    @Query("select max(version.number) from RoutineVersion version where version.routineId = :routineId")
    Optional<Integer> findLatestNumber(long routineId);

    /** The latest version of each of these routines (never-published ones have none), in one query. */
    @Query("""
            select version from RoutineVersion version
            where version.routineId in :routineIds
              and version.number = (select max(other.number) from RoutineVersion other where other.routineId = version.routineId)""")
    List<RoutineVersion> findLatestOf(Collection<Long> routineIds);

    /** These versions (routine and number each), in one query; ones that do not exist are left out. */
    default List<RoutineVersion> findAllOf(Collection<VersionKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Specification<RoutineVersion> any = (version, query, where) -> where.or(keys.stream()
                .map(key -> where.and(where.equal(version.get("routineId"), key.routineId()),
                        where.equal(version.get("number"), key.number())))
                .toArray(Predicate[]::new));
        return findAll(any);
    }
}
