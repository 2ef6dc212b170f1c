package app.limber.library;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface StretchRepository extends JpaRepository<Stretch, Long> {

    List<Stretch> findByOwnerIdIsNull();

    boolean existsByOwnerIdAndSlug(long ownerId, String slug);

    List<Stretch> findByOwnerIdAndNameIgnoreCaseAndArchivedFalse(long ownerId, String name);

    /** Whether a visible, not archived stretch other than {@code exceptId} already has this name. */
    @Query("""
            select count(s) > 0 from Stretch s
            where lower(s.name) = lower(:name) and s.archived = false
              and (s.ownerId is null or s.ownerId = :coachId)
              and (:exceptId is null or s.id <> :exceptId)""")
    boolean nameTaken(String name, long coachId, Long exceptId);

    /**
     * The stretches this coach may see among these ids, each with its easier and harder
     * versions (null where it names none): {@code [stretch, easier, harder]}, one query.
     */
    @Query("""
            select s, e, h from Stretch s
            left join Stretch e on e.id = s.easierId
            left join Stretch h on h.id = s.harderId
            where s.id in :ids and (s.ownerId is null or s.ownerId = :coachId)""")
    List<Object[]> findVisibleWithVariations(java.util.Collection<Long> ids, long coachId);

    /**
     * The easier and harder versions not archived of the stretches this coach may see among these
     * ids, for those that name one: {@code [id, easier id, easier name, harder id, harder name]}.
     */
    @Query("""
            select s.id, e.id, e.name, h.id, h.name from Stretch s
            left join Stretch e on e.id = s.easierId and e.archived = false
            left join Stretch h on h.id = s.harderId and h.archived = false
            where s.id in :ids and (s.ownerId is null or s.ownerId = :coachId)
              and (e.id is not null or h.id is not null)""")
    List<Object[]> findVariations(java.util.Collection<Long> ids, long coachId);

    /** Every easier/harder link among the stretches this coach may see: {@code [id, easier id, harder id]}. */
    @Query("""
            select s.id, s.easierId, s.harderId from Stretch s
            where (s.ownerId is null or s.ownerId = :coachId) and (s.easierId is not null or s.harderId is not null)""")
    List<Object[]> findLinks(long coachId);

    /** A stretch this coach may see: built-in or their own. */
    @Query("select s from Stretch s where s.id = :id and (s.ownerId is null or s.ownerId = :coachId)")
    Optional<Stretch> findVisible(long id, long coachId);
}
