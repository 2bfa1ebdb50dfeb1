package vn.htxso.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.internal.OrganisationChanges;
import vn.htxso.registry.internal.OrganisationRows;

/**
 * The organisations as the alliances and co-op managers see them: filtered lists, one organisation, its history.
 * Every method checks the viewer's scope; an organisation outside it is "not found". Changes go through
 * {@link OrganisationEditing}.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final OrganisationRows rows;
    private final OrganisationChanges changes;
    private final AdminUnits adminUnits;

    Directory(OrganisationRows rows, OrganisationChanges changes, AdminUnits adminUnits) {
        this.rows = rows;
        this.changes = changes;
        this.adminUnits = adminUnits;
    }

    /** Filters of a list; blank means any. */
    public record Filter(String province, String status, String q, String kind, String sector, String commune) {
        public static Filter of(String province, String status, String q) {
            return new Filter(province, status, q, null, null, null);
        }
    }

    public record Row(UUID id, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                      String communeName, Sector sector, OrganisationStatus status, int members) {
    }

    public record Page(List<Row> items, long total, int page, int size) {
        public int pages() {
            return size == 0 ? 0 : (int) ((total + size - 1) / size);
        }
    }

    /** A page of organisations in the viewer's scope (admins only). */
    public Page search(CurrentUser user, Filter filter, int page, int size) {
        OrganisationRows.Criteria criteria = criteria(user, filter);
        int pageSize = Math.min(Math.max(size, 1), 100);
        int pageNumber = Math.max(page, 0);
        long total = rows.count(criteria);
        List<Row> items = rows.page(criteria, pageSize, (long) pageNumber * pageSize);
        return new Page(items, total, pageNumber, pageSize);
    }

    /** Every row of a filtered list, streamed in order to an export (admins only). */
    public void forEach(CurrentUser user, Filter filter, Consumer<Row> consumer) {
        rows.forEach(criteria(user, filter), consumer);
    }

    /** The filter checked against the viewer's scope; an unknown status is refused, other unknown values ignored. */
    private OrganisationRows.Criteria criteria(CurrentUser user, Filter filter) {
        String province = Scopes.listProvince(user, filter.province(), adminUnits);
        String status = Scopes.blankToNull(filter.status());
        OrganisationStatus statusValue = status == null ? null : enumOrNull(OrganisationStatus.class, status);
        if (status != null && statusValue == null) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.filter.status", status);
        }
        String kind = Scopes.blankToNull(filter.kind());
        String sector = Scopes.blankToNull(filter.sector());
        return new OrganisationRows.Criteria(province, statusValue,
                kind == null ? null : enumOrNull(OrganisationKind.class, kind),
                sector == null ? null : enumOrNull(Sector.class, sector), Scopes.blankToNull(filter.commune()),
                Scopes.blankToNull(filter.q()));
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One organisation with everything a page shows. */
    public record Details(UUID id, String registrationNo, String name, OrganisationKind kind, String provinceCode,
                          String communeName, Sector sector, OrganisationStatus status, LocalDate foundedOn,
                          int members, Long charterCapitalVnd, String governanceModel, String directorName,
                          String phone, String email, String address, LocalDate dissolvedOn,
                          String dissolutionReason, long version) {
    }

    /** The organisation, if the viewer may see it; else {@link NotFound}. */
    public Details get(CurrentUser user, UUID id) {
        Details details = rows.find(id).orElseThrow(() -> new NotFound("organisation"));
        if (!maySee(user, details)) {
            throw new NotFound("organisation");
        }
        return details;
    }

    /** The organisation, if the viewer may edit it; else {@link NotFound} or {@link Forbidden}. */
    public Details editable(CurrentUser user, UUID id) {
        Details details = get(user, id);
        if (!mayEdit(user, details)) {
            throw new Forbidden();
        }
        return details;
    }

    public static boolean maySee(CurrentUser user, Details details) {
        return user != null && (user.administers(details.provinceCode()) || user.belongsTo(details.id()));
    }

    public static boolean mayEdit(CurrentUser user, Details details) {
        return user != null && (user.administers(details.provinceCode()) || user.manages(details.id()));
    }

    public record Change(OffsetDateTime changedAt, String actor, String action, String details) {
    }

    public List<Change> history(CurrentUser user, UUID id) {
        get(user, id);
        return changes.of(id);
    }

    /** The law's minimum number of members, as a warning key with its arguments, or {@code null}. */
    public static String[] minimumMembersWarning(OrganisationKind kind, int members) {
        if (members >= kind.minimumMembers()) {
            return null;
        }
        return new String[] {"registry.rule.minimumMembers." + kind.name(), String.valueOf(kind.minimumMembers()),
            String.valueOf(members)};
    }
}
