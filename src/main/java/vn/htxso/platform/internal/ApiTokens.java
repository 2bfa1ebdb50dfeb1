package vn.htxso.platform.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokens extends JpaRepository<ApiToken, UUID> {

    @Query("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null")
    Optional<ApiToken> findActiveByHash(@Param("hash") String hash);

    @Query("select t from ApiToken t where t.userId = :user and t.revokedAt is null order by t.createdAt desc")
    List<ApiToken> findActiveByUser(@Param("user") UUID user);

    /** Marks use at most once a minute per token, so a busy script does not write on every call. */
    @Modifying
    @Query(value = """
            update api_tokens set last_used_at = :now
            where id = :id and (last_used_at is null or last_used_at < :threshold)""", nativeQuery = true)
    int touch(@Param("id") UUID id, @Param("now") Instant now, @Param("threshold") Instant threshold);
}
