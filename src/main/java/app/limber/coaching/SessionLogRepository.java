package app.limber.coaching;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    /** A coach's athletes' sessions since a moment, newest first. */
    List<SessionLog> findByCoachIdAndFinishedAtAfterOrderByFinishedAtDesc(long coachId, Instant since);

    List<SessionLog> findFirst100ByAthleteIdOrderByFinishedAtDesc(long athleteId);

    /** The athlete's sessions with a reply they have not read, newest reply first. */
    @Query("""
            select log from SessionLog log
            where log.athleteId = :athleteId and log.reply is not null and log.replyReadAt is null
            order by log.repliedAt desc""")
    List<SessionLog> findUnreadReplies(long athleteId);

    /** Marks the athlete's unread replies read, in one statement however many. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update SessionLog log set log.replyReadAt = :at
            where log.athleteId = :athleteId and log.reply is not null and log.replyReadAt is null""")
    int markRepliesRead(long athleteId, Instant at);
}
