package vn.htxso.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names of the records the audit log mentions, so that the log shows "HTX Chè Thanh Chương" instead of a UUID.
 * A module implements it (in its {@code internal} package) for the subject types it records; the platform answers
 * for users and organisations.
 */
public interface AuditNames {

    /** The subject types this module names, as its audit entries spell them ({@code "product"}, {@code "lot"}). */
    Set<String> subjectTypes();

    /** Names by id for the given ids of one subject type; ids not found are left out. */
    Map<String, String> names(String subjectType, Collection<String> ids);
}
