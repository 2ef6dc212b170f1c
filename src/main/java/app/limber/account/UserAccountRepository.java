package app.limber.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** @param email an already normalised (trimmed, lower-case) address */
    Optional<UserAccount> findByEmail(String email);

    /** Only the id, display name and time zone of each of these accounts (a roster of hundreds reads no hashes). */
    @org.springframework.data.jpa.repository.Query("select new app.limber.account.DisplayName(a.id, a.displayName, a.timeZone) from UserAccount a where a.id in :ids")
    java.util.List<DisplayName> findDisplayNames(java.util.Collection<Long> ids);

    boolean existsByEmail(String email);

    /** Which of these accounts still exist. */
    @org.springframework.data.jpa.repository.Query("select a.id from UserAccount a where a.id in :ids")
    java.util.List<Long> findExistingIds(java.util.Collection<Long> ids);

    @org.springframework.data.jpa.repository.Query("select a.timeZone from UserAccount a where a.id = :id")
    String findTimeZone(long id);
}
