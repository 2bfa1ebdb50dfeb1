package vn.htxso.registry;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.events.Externalized;

/**
 * A file of organisations was imported (committed): how many were added and updated, in which province
 * ({@code null} for a national import).
 */
@Externalized("htxso.events::registry.cooperatives.imported")
public record CooperativesImported(UUID importId, String filename, String provinceCode, int imported, int updated,
                                   String actor, Instant importedAt) {
}
