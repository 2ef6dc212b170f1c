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

    /** A stretch this coach may see: built-in or their own. */
    @Query("select s from Stretch s where s.id = :id and (s.ownerId is null or s.ownerId = :coachId)")
    Optional<Stretch> findVisible(long id, long coachId);
}
