package app.limber.routine;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RoutineRepository extends JpaRepository<Routine, Long> {

    /** A coach's routine with its steps, in one query. */
    @Query("select r from Routine r left join fetch r.steps where r.id = :id and r.ownerId = :ownerId")
    Optional<Routine> findOwnWithSteps(long id, long ownerId);

    /** A coach's routine, its row locked for the rest of the transaction (its steps come on first use). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Routine r where r.id = :id and r.ownerId = :ownerId")
    Optional<Routine> lockOwn(long id, long ownerId);

    /** A coach's routines (archived or not) with their steps, newest edits first, in one query. */
    @Query("""
            select distinct r from Routine r left join fetch r.steps
            where r.ownerId = :ownerId and r.archived = :archived
            order by r.updatedAt desc""")
    List<Routine> findOwnWithSteps(long ownerId, boolean archived);

    /** The coach's routines among these ids with their steps, in one query. */
    @Query("select distinct r from Routine r left join fetch r.steps where r.id in :ids and r.ownerId = :ownerId")
    List<Routine> findAllOwnWithSteps(Collection<Long> ids, long ownerId);

    /** A coach's routine's title, without its steps: the one-query ownership check. */
    @Query("select r.title from Routine r where r.id = :id and r.ownerId = :ownerId")
    Optional<String> findOwnTitle(long id, long ownerId);
}
