package vn.htxso.platform.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select u from UserAccount u
            where (:province is null or u.provinceCode = :province)
              and (:q is null or lower(u.username) like :q escape '\\' or lower(u.displayName) like :q escape '\\')
            order by u.username""")
    Page<UserAccount> search(@Param("province") String province, @Param("q") String q, Pageable pageable);

    /**
     * Counts a failure and, at the limit, locks until the given time; one statement, so parallel failures count.
     * Once a lock has run out the count starts again, so one guess per lock period cannot keep an account locked.
     */
    @Modifying
    @Query(value = """
            update users set
                   failed_attempts = case when locked_until is not null and locked_until <= :now then 1
                                          else failed_attempts + 1 end,
                   locked_until = case when locked_until is not null and locked_until <= :now then null
                                       when failed_attempts + 1 >= :max then :lockUntil else locked_until end
            where lower(username) = lower(:username)""", nativeQuery = true)
    int recordFailure(@Param("username") String username, @Param("max") int max, @Param("now") Instant now,
                      @Param("lockUntil") Instant lockUntil);

    /** The stamp of an enabled account, or nothing when it is disabled or gone: checked on every signed-in request. */
    @Query("select u.securityStamp from UserAccount u where u.id = :id and u.enabled = true")
    Optional<Long> activeSecurityStamp(@Param("id") UUID id);

    @Modifying
    @Query(value = "update users set failed_attempts = 0, locked_until = null where lower(username) = lower(:username)",
            nativeQuery = true)
    int resetFailures(@Param("username") String username);
}
