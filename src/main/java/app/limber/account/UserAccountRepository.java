package app.limber.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** @param email an already normalised (trimmed, lower-case) address */
    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);
}
