package vn.htxso.platform;

import java.util.Map;

/**
 * Names of the records the audit log mentions, so that the log shows "HTX Chè Thanh Chương" instead of a UUID.
 * A module declares (in its {@code internal} package) one query per subject type it records; the platform runs them
 * for the ids on a page of the log and answers for users and organisations itself.
 */
public interface AuditNames {

    /**
     * For each subject type this module names, as its audit entries spell it ({@code "product"}, {@code "lot"}), a
     * query that selects {@code id} and {@code name} of the rows whose id is in the UUID list {@code :ids}.
     */
    Map<String, String> queries();
}
