package vn.htxso.registry.internal.imports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The organisations, annual reports and change records an import writes. It writes in the caller's transaction; the
 * caller ({@code registry/CooperativeImport}) owns the transaction, the retry, the audit and the event. Two ways,
 * one chosen by the database at start ({@link ImportWritesConfiguration}): on PostgreSQL {@link CopyImportWrites}
 * (COPY into a staging table, then one set-based statement per table), elsewhere {@link BatchedImportWrites}.
 */
public interface ImportWrites {

    /** An organisation already registered under a row's registration number. */
    record Known(UUID id, String provinceCode) {
    }

    /** What a write did. */
    record Written(int inserted, int updated) {
    }

    /** The organisations registered under the rows' registration numbers, by registration number. */
    Map<String, Known> known(List<ImportRow> rows);

    /**
     * Inserts the rows not registered yet, updates the others (a blank optional cell keeps the stored value),
     * replaces each row's report for its year and records a change per organisation; tells {@code written} the
     * organisations written so far. A concurrent import that registered one of the numbers first makes this fail
     * with a {@code DataIntegrityViolationException} (the caller retries the whole transaction).
     */
    Written write(List<ImportRow> rows, String actor, String filename, OffsetDateTime stamp, int batch,
                  LongConsumer written);
}
