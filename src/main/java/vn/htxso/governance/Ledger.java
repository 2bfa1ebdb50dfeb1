package vn.htxso.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.governance.internal.CoopScope;
import vn.htxso.governance.internal.TransactionFiles;
import vn.htxso.governance.internal.Transactions;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.CurrentUser;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.OrganisationSummary;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * The ledger of transactions with official members (internal, Art. 4(1)) and others (external), and the year's
 * internal-transaction ratio (internal revenue / total revenue, Art. 4(22)).
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

    private final Transactions transactions;
    private final Registry registry;
    private final CoopScope scope;
    private final AuditLog auditLog;
    private final Clock clock;

    Ledger(Transactions transactions, Registry registry, CoopScope scope, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.registry = registry;
        this.scope = scope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @param memberId the official member of an internal transaction; {@code null} for an external one */
    public record NewTransaction(LocalDate occurredOn, Direction direction, UUID memberId, long amountVnd,
                                 String description) {
    }

    public record Entry(UUID id, LocalDate occurredOn, boolean internal, Direction direction, UUID memberId,
                        long amountVnd, String description, String source) {
    }

    /** A year's revenue and its internal ratio in per cent with one decimal ("—" without revenue). */
    public record YearFigures(int year, long internalRevenueVnd, long totalRevenueVnd, String internalRatioPercent) {
    }

    @Transactional
    public UUID add(CurrentUser user, UUID organisationId, NewTransaction t) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        UUID id = store(organisationId, t, "MANUAL", null);
        auditLog.record(AuditLog.AuditEntry.of("governance.transaction.added", "transaction", id,
                        t.direction() + " " + t.amountVnd() + (t.memberId() == null ? " external" : " internal"))
                .inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return id;
    }

    /** Checks and stores one transaction (callers audit). */
    UUID store(UUID organisationId, NewTransaction t, String source, String sourceRef) {
        if (t.occurredOn() == null) {
            throw Convening.invalid("occurredOn", "governance.transaction.dateRequired");
        }
        if (t.occurredOn().isAfter(LocalDate.now(clock))) {
            throw Convening.invalid("occurredOn", "governance.transaction.future");
        }
        if (t.direction() == null) {
            throw Convening.invalid("direction", "governance.transaction.directionRequired");
        }
        if (t.amountVnd() <= 0) {
            throw Convening.invalid("amountVnd", "governance.transaction.amount");
        }
        if (t.description() == null || t.description().isBlank() || t.description().strip().length() > 300) {
            throw Convening.invalid("description", "governance.transaction.description");
        }
        if (t.memberId() != null && registry.members(new CooperativeId(organisationId)).stream()
                .noneMatch(m -> m.id().equals(t.memberId()) && m.official() && m.memberOn(t.occurredOn()))) {
            throw Convening.invalid("memberId", "governance.transaction.notOfficial");
        }
        UUID id = UUID.randomUUID();
        transactions.insert(new Transactions.Entry(id, organisationId, t.occurredOn(), t.memberId() != null,
                t.direction().name(), t.memberId(), t.amountVnd(), t.description().strip(), source, sourceRef),
                clock.instant());
        return id;
    }

    /** One problem of an imported file: its row (the header is row 1), column and message key. */
    public record RowProblem(int row, String column, String messageKey) {
    }

    public record ImportResult(int imported, int rejected, List<RowProblem> errors) {
    }

    /**
     * Imports a ledger file (.csv or .xlsx, columns {@code occurredOn, direction, memberId, amountVnd, description};
     * an empty {@code memberId} is an external transaction): all rows or none; a dry run stores nothing.
     */
    @Transactional
    public ImportResult importFile(CurrentUser user, UUID organisationId, String filename, byte[] content,
                                   boolean dryRun) {
        OrganisationSummary org = scope.manageable(user, organisationId);
        vn.htxso.platform.UploadChecker.checkName("file", filename);
        List<TransactionFiles.FileRow> rows = TransactionFiles.read(filename, content);
        if (rows == null || rows.isEmpty() || rows.size() > TransactionFiles.MAX_ROWS) {
            throw Convening.invalid("file", rows == null ? "governance.import.unreadable"
                    : rows.isEmpty() ? "governance.import.empty" : "governance.import.tooLarge");
        }
        java.util.Set<UUID> officials = officialMembers(user, organisationId).stream().map(RegisteredMember::id)
                .collect(java.util.stream.Collectors.toSet());
        List<RowProblem> problems = new java.util.ArrayList<>();
        List<NewTransaction> valid = new java.util.ArrayList<>();
        java.util.Set<Integer> rejected = new java.util.HashSet<>();
        for (TransactionFiles.FileRow row : rows) {
            List<RowProblem> rowProblems = new java.util.ArrayList<>();
            NewTransaction t = parse(row, officials, rowProblems);
            if (rowProblems.isEmpty()) {
                valid.add(t);
            } else {
                rejected.add(row.row());
                problems.addAll(rowProblems);
            }
        }
        if (!problems.isEmpty() || dryRun) {
            return new ImportResult(problems.isEmpty() ? valid.size() : 0, rejected.size(), problems);
        }
        for (NewTransaction t : valid) {
            store(organisationId, t, "IMPORT", null);
        }
        auditLog.record(AuditLog.AuditEntry.of("governance.transaction.imported", "organisation", organisationId,
                valid.size() + " rows from " + filename).inProvince(org.provinceCode()).ofOrganisation(organisationId));
        return new ImportResult(valid.size(), 0, List.of());
    }

    private NewTransaction parse(TransactionFiles.FileRow row, java.util.Set<UUID> officials, List<RowProblem> problems) {
        java.util.Map<String, String> c = row.cells();
        for (String column : TransactionFiles.COLUMNS) {
            if (!c.containsKey(column)) {
                problems.add(new RowProblem(row.row(), column, "governance.import.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        LocalDate day = null;
        try {
            day = c.get("occurredOn").matches("\\d{1,2}/\\d{1,2}/\\d{4}")
                    ? LocalDate.parse(c.get("occurredOn"), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
                            .withResolverStyle(java.time.format.ResolverStyle.STRICT))
                    : LocalDate.parse(c.get("occurredOn"));
            if (day.isAfter(LocalDate.now(clock))) {
                problems.add(new RowProblem(row.row(), "occurredOn", "governance.transaction.future"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new RowProblem(row.row(), "occurredOn", "governance.import.date"));
        }
        Direction direction = switch (c.get("direction").strip().toUpperCase(java.util.Locale.ROOT)) {
            case "REVENUE", "DOANH THU", "DOANH_THU" -> Direction.REVENUE;
            case "COST", "CHI PHÍ", "CHI_PHI", "CHI PHI" -> Direction.COST;
            default -> null;
        };
        if (direction == null) {
            problems.add(new RowProblem(row.row(), "direction", "governance.transaction.directionRequired"));
        }
        UUID member = null;
        String memberCell = c.get("memberId").strip();
        if (!memberCell.isEmpty()) {
            try {
                member = UUID.fromString(memberCell);
                if (!officials.contains(member)) {
                    problems.add(new RowProblem(row.row(), "memberId", "governance.transaction.notOfficial"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row.row(), "memberId", "governance.transaction.notOfficial"));
            }
        }
        long amount = 0;
        if (!c.get("amountVnd").strip().matches("[0-9]{1,15}") || Long.parseLong(c.get("amountVnd").strip()) <= 0) {
            problems.add(new RowProblem(row.row(), "amountVnd", "governance.transaction.amount"));
        } else {
            amount = Long.parseLong(c.get("amountVnd").strip());
        }
        String description = c.get("description").strip();
        if (description.isEmpty() || description.length() > 300) {
            problems.add(new RowProblem(row.row(), "description", "governance.transaction.description"));
        }
        return new NewTransaction(day, direction, member, amount, description);
    }

    public List<Entry> of(CurrentUser user, UUID organisationId, int year) {
        scope.readable(user, organisationId);
        return transactions.of(organisationId, year).stream()
                .map(e -> new Entry(e.id(), e.occurredOn(), e.internal(), Direction.valueOf(e.direction()),
                        e.memberId(), e.amountVnd(), e.description(), e.source()))
                .toList();
    }

    public YearFigures figures(CurrentUser user, UUID organisationId, int year) {
        scope.readable(user, organisationId);
        Transactions.Revenue r = transactions.revenue(organisationId, year);
        return new YearFigures(year, r.internalVnd(), r.totalVnd(), Monitoring.ratio(r));
    }

    /** The official members an internal transaction may name. */
    public List<RegisteredMember> officialMembers(CurrentUser user, UUID organisationId) {
        scope.readable(user, organisationId);
        LocalDate today = LocalDate.now(clock);
        return registry.members(new CooperativeId(organisationId)).stream()
                .filter(m -> m.official() && m.memberOn(today)).toList();
    }
}
