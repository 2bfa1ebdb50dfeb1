package vn.htxso.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.htxso.platform.internal.AuditEvents;

/**
 * Reads the audit log for admins, a page at a time: national admins see everything, a province admin its province
 * only. Each line carries the names of its subject and organisation (from {@link AuditNames} and the directory), so
 * the page never shows a bare UUID.
 */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 50;

    private final AuditEvents events;
    private final List<AuditNames> names;
    private final ObjectProvider<OrganisationDirectory> directory;

    AuditTrail(AuditEvents events, List<AuditNames> names, ObjectProvider<OrganisationDirectory> directory) {
        this.events = events;
        this.names = names;
        this.directory = directory;
    }

    public Page search(CurrentUser admin, Filter filter, int page) {
        AuditEvents.Query query = query(admin, filter);
        long total = events.count(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<Entry> entries = events.page(query, current * PAGE_SIZE, PAGE_SIZE);
        return new Page(lines(entries), total, current, pages);
    }

    /** The first {@code limit} entries (at most 500) of a search. */
    public List<Entry> first(CurrentUser admin, Filter filter, int limit) {
        return events.page(query(admin, filter), 0, Math.min(Math.max(limit, 1), 500));
    }

    /** The action codes the admin may filter by: those recorded within their scope. */
    public List<String> actions(CurrentUser admin) {
        requireAdmin(admin);
        return events.actions(admin.isNationalAdmin() ? null : admin.provinceCode());
    }

    private AuditEvents.Query query(CurrentUser admin, Filter filter) {
        requireAdmin(admin);
        return new AuditEvents.Query(admin.isNationalAdmin() ? null : admin.provinceCode(), blank(filter.actor()),
                blank(filter.action()), filter.from() == null ? null : VnTime.startOf(filter.from()),
                filter.to() == null ? null : VnTime.startOf(filter.to().plusDays(1)));
    }

    private static void requireAdmin(CurrentUser admin) {
        if (admin == null || !admin.isAdmin()) {
            throw new Forbidden();
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<Line> lines(List<Entry> entries) {
        Map<String, Set<String>> idsByType = new HashMap<>();
        for (Entry e : entries) {
            if (e.subjectType() != null && e.subjectId() != null) {
                idsByType.computeIfAbsent(e.subjectType(), t -> new LinkedHashSet<>()).add(e.subjectId());
            }
        }
        Map<String, Map<String, String>> named = new HashMap<>();
        idsByType.forEach((type, ids) -> named.put(type, namesOf(type, ids)));
        Map<UUID, String> organisations = new HashMap<>();
        OrganisationDirectory orgs = directory.getIfAvailable();
        List<Line> lines = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String subject = e.subjectId() == null ? null
                    : named.getOrDefault(e.subjectType(), Map.of()).get(e.subjectId());
            String organisation = null;
            if (e.organisationId() != null && orgs != null) {
                organisation = organisations.computeIfAbsent(e.organisationId(),
                        id -> orgs.find(id).map(OrganisationDirectory.OrganisationRef::name).orElse(null));
            }
            lines.add(new Line(e, subject, organisation));
        }
        return lines;
    }

    private Map<String, String> namesOf(String type, Set<String> ids) {
        if ("user".equals(type)) {
            return events.userNames(ids);
        }
        if ("organisation".equals(type) || "cooperative".equals(type)) {
            Map<String, String> found = new HashMap<>();
            OrganisationDirectory orgs = directory.getIfAvailable();
            for (String id : ids) {
                try {
                    if (orgs != null) {
                        orgs.find(UUID.fromString(id)).ifPresent(o -> found.put(id, o.name()));
                    }
                } catch (IllegalArgumentException notAnId) {
                    // a registration number or a file name: shown as it is
                }
            }
            return found;
        }
        for (AuditNames module : names) {
            String query = module.queries().get(type);
            if (query != null) {
                return events.names(query, ids);
            }
        }
        return Map.of();
    }

    public record Filter(String actor, String action, LocalDate from, LocalDate to) {
    }

    public record Entry(long id, Instant occurredAt, String actor, String address, String action, String subjectType,
                        String subjectId, String provinceCode, UUID organisationId, String details) {
    }

    /**
     * One entry as the page shows it.
     *
     * @param subjectName the subject's name, or {@code null} when unknown (the page then shows the id as it is
     *                    only when it is not a UUID)
     */
    public record Line(Entry entry, String subjectName, String organisationName) {

        /** The subject's name, else its id when that says something to a person; {@code null} for a bare UUID. */
        public String subjectLabel() {
            return subjectName != null ? subjectName : readableSubjectId();
        }

        /** The subject id when it says something to a person (a code, a file name), else {@code null}. */
        public String readableSubjectId() {
            String id = entry.subjectId();
            if (id == null) {
                return null;
            }
            try {
                UUID.fromString(id);
                return null;
            } catch (IllegalArgumentException notAnId) {
                return id;
            }
        }
    }

    public record Page(List<Line> items, long total, int page, int pages) {
    }
}
