package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

interface InviteRepository extends JpaRepository<Invite, Long> {

    List<Invite> findByCoachIdOrderByCreatedAtDesc(long coachId);

    Optional<Invite> findByToken(String token);

    /** The invite, locked until the transaction ends, so two people cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invite> findForUseByToken(String token);
}
