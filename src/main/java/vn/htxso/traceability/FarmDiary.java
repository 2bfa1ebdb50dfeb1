package vn.htxso.traceability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VnTime;
import vn.htxso.platform.NotFound;
import vn.htxso.traceability.internal.DiaryLogs;
import vn.htxso.traceability.internal.PhiRule;
import vn.htxso.traceability.internal.Plots;
import vn.htxso.traceability.internal.CoopTraceSettings;

/**
 * The farm diary: plots and the logs members write on them. A harvest is checked against the pre-harvest interval
 * and creates a lot. A log that a published lot uses can no longer be edited: a correction is a new log.
 */
@Service
@Transactional
public class FarmDiary {

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plots plots;
    private final DiaryLogs logs;
    private final CoopTraceSettings settings;
    private final Traceability traceability;
    private final LotSteps steps;
    private final AuditLog audit;
    private final Clock clock;

    FarmDiary(Plots plots, DiaryLogs logs, CoopTraceSettings settings, Traceability traceability, LotSteps steps,
              AuditLog audit, Clock clock) {
        this.plots = plots;
        this.logs = logs;
        this.settings = settings;
        this.traceability = traceability;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plot as a manager describes it. */
    public record NewPlot(String name, String communeName, long areaM2, String crop, Standard standard) {
    }

    /** The outcome of a log: the log, the lot a harvest created, the PHI flag of a harvest on a NONE plot. */
    public record Recorded(DiaryLog log, UUID lotId, boolean phiFlagged) {
    }

    @Transactional(readOnly = true)
    public List<Plot> plots(CurrentUser user) {
        return plots.ofOrganisation(Access.coop(user));
    }

    /** Throws unless the user may write the diary of that plot (or of its co-op when no plot is chosen yet). */
    @Transactional(readOnly = true)
    public void requireWriter(CurrentUser user, UUID plotId) {
        UUID coop = Access.coop(user);
        if (plotId != null && plots.find(plotId).filter(p -> p.organisationId().equals(coop)).isEmpty()) {
            throw new NotFound("plot");
        }
    }

    @Transactional(readOnly = true)
    public Plot plot(CurrentUser user, UUID id) {
        Plot plot = plots.find(id).orElseThrow(() -> new NotFound("plot"));
        Access.own(user, plot.organisationId(), "plot");
        return plot;
    }

    public Plot createPlot(CurrentUser user, NewPlot p) {
        UUID coop = Access.managedCoop(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (EntryChecks.blank(p.name()) || p.name().length() > 120) {
            problems.add(new FieldProblem("name", "traceability.plot.name.required"));
        }
        if (EntryChecks.blank(p.communeName()) || p.communeName().length() > 120) {
            problems.add(new FieldProblem("communeName", "traceability.plot.commune.required"));
        }
        if (EntryChecks.blank(p.crop()) || p.crop().length() > 80) {
            problems.add(new FieldProblem("crop", "traceability.plot.crop.required"));
        }
        if (p.areaM2() <= 0 || p.areaM2() > 100_000_000L) {
            problems.add(new FieldProblem("areaM2", "traceability.plot.area.invalid"));
        }
        if (p.standard() == null) {
            problems.add(new FieldProblem("standard", "traceability.plot.standard.required"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "error.422");
        }
        Instant now = clock.instant();
        settings.of(coop, now);
        int ref = (int) settings.next(coop, CoopTraceSettings.Counter.LOCATION);
        Plot plot = new Plot(UUID.randomUUID(), coop, ref, p.name().strip(), p.communeName().strip(), p.areaM2(),
                p.crop().strip(), p.standard(), now);
        plots.insert(plot);
        audit.record(AuditEntry.of("traceability.plot.created", "plot", plot.id(), plot.name()).ofOrganisation(coop));
        return plot;
    }

    @Transactional(readOnly = true)
    public List<DiaryLog> logsOfPlot(CurrentUser user, UUID plotId) {
        plot(user, plotId);
        return logs.ofPlot(plotId);
    }

    @Transactional(readOnly = true)
    public List<DiaryLog> recent(CurrentUser user, int limit) {
        return logs.recent(Access.coop(user), limit);
    }

    @Transactional(readOnly = true)
    public DiaryLog log(CurrentUser user, UUID id) {
        DiaryLog log = logs.find(id).orElseThrow(() -> new NotFound("log"));
        Access.own(user, log.organisationId(), "log");
        return log;
    }

    @Transactional(readOnly = true)
    public boolean frozen(UUID logId) {
        return logs.frozen(logId);
    }

    @Transactional(readOnly = true)
    public List<DiaryLog> corrections(UUID logId) {
        return logs.corrections(logId);
    }

    @Transactional(readOnly = true)
    public List<LogAttachment> attachments(UUID logId) {
        return logs.attachments(logId);
    }

    @Transactional(readOnly = true)
    public LogAttachment attachment(CurrentUser user, UUID id) {
        LogAttachment attachment = logs.attachment(id).orElseThrow(() -> new NotFound("file"));
        log(user, attachment.logId());
        return attachment;
    }

    /** The member's last log of this kind, to prefill the quick-entry form (today's date, same plot). */
    @Transactional(readOnly = true)
    public Optional<DiaryLog> lastOf(CurrentUser user, LogKind kind) {
        Access.coop(user);
        return logs.lastOf(user.id(), kind).filter(l -> l.organisationId().equals(user.organisationId()));
    }

    public Recorded record(CurrentUser user, LogEntry entry) {
        return record(user, entry, false);
    }

    /**
     * Records a log. The same log again within a minute (same plot, kind, day and values, by anyone of the co-op)
     * is most likely a double submission: it is refused with 409 {@code traceability.log.repeated} unless
     * {@code repeatConfirmed}, so that the person confirms it is a second, real entry.
     */
    public Recorded record(CurrentUser user, LogEntry entry, boolean repeatConfirmed) {
        UUID coop = Access.coop(user);
        EntryChecks.check(entry, VnTime.today(clock));
        Plot plot = plots.find(entry.plotId()).filter(p -> p.organisationId().equals(coop))
                .orElseThrow(() -> new NotFound("plot"));
        if (entry.correctsLogId() != null) {
            log(user, entry.correctsLogId());
        }
        PhiRule.Verdict verdict = null;
        if (entry.kind() == LogKind.HARVEST) {
            verdict = PhiRule.check(plot.standard(), entry.date(), logs.pesticidesOn(plot.id(), entry.date()).stream()
                    .map(l -> new PhiRule.Spraying(l.product(), l.logDate(), l.phiDays() == null ? 0 : l.phiDays()))
                    .toList());
            if (verdict.outcome() == PhiRule.Outcome.BLOCKED) {
                PhiRule.Conflict c = verdict.worst();
                throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "traceability.phi.blocked",
                        c.product(), DAY.format(c.appliedOn()), c.phiDays(), c.daysLeft(), DAY.format(c.safeFrom()));
            }
        }
        UUID lotForLabTest = null;
        if (entry.kind() == LogKind.LAB_TEST && entry.lotId() != null) {
            lotForLabTest = traceability.ownLot(user, entry.lotId()).id();
        }
        Instant now = clock.instant();
        DiaryLog log = toLog(UUID.randomUUID(), coop, plot.id(), user, entry, lotForLabTest, now);
        if (!repeatConfirmed && logs.recordedSince(plot.id(), log.kind(), log.logDate(), now.minusSeconds(60))
                .stream().anyMatch(earlier -> sameValues(earlier, log))) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT,
                    List.of(new FieldProblem("repeatConfirmed", "traceability.log.repeated")),
                    "traceability.log.repeated");
        }
        logs.insert(log);
        attach(log.id(), entry, now);
        audit.record(AuditEntry.of("traceability.log.recorded", "log", log.id(),
                log.kind() + " " + plot.name() + " " + log.logDate()).ofOrganisation(coop));
        UUID lotId = lotForLabTest;
        boolean flagged = false;
        if (entry.kind() == LogKind.HARVEST) {
            flagged = verdict.outcome() == PhiRule.Outcome.FLAGGED;
            String warning = flagged ? warning(verdict.worst()) : null;
            String productName = EntryChecks.blank(entry.harvestProduct()) ? plot.crop() : entry.harvestProduct().strip();
            lotId = steps.harvestLot(user, plot, log, productName, warning);
            logs.linkLot(log.id(), lotId);
        }
        return new Recorded(log, lotId, flagged);
    }

    /**
     * Records an entry a phone queued offline, once: a client id already stored answers the stored log
     * ({@code duplicate}); the rules (the PHI rule among them) are checked as for the form. A concurrent second send
     * of the same id fails on the unique index and rolls back whole (the caller reads the stored log then).
     */
    public Synced recordOnce(CurrentUser user, UUID clientId, LogEntry entry) {
        UUID coop = Access.coop(user);
        Optional<UUID> stored = logs.byClientId(coop, clientId);
        if (stored.isPresent()) {
            return new Synced(stored.get(), null, true, false);
        }
        if (logs.clientIdTaken(clientId)) {
            // another organisation's id: never reveal it, never store under it
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.sync.clientIdTaken");
        }
        // the client id tells entries apart: two equal entries queued on a phone are two real entries
        Recorded recorded = record(user, entry, true);
        logs.claimClientId(recorded.log().id(), clientId);
        return new Synced(recorded.log().id(), recorded.lotId(), false, recorded.phiFlagged());
    }

    /** What became of an entry sent from a phone. */
    public record Synced(UUID logId, UUID lotId, boolean duplicate, boolean phiFlagged) {
    }

    private static boolean sameValues(DiaryLog a, DiaryLog b) {
        return java.util.Objects.equals(a.activity(), b.activity()) && a.inputType() == b.inputType()
                && java.util.Objects.equals(a.product(), b.product())
                && java.util.Objects.equals(a.activeIngredient(), b.activeIngredient())
                && java.util.Objects.equals(a.dose(), b.dose()) && java.util.Objects.equals(a.phiDays(), b.phiDays())
                && (a.quantity() == null ? b.quantity() == null
                    : b.quantity() != null && a.quantity().compareTo(b.quantity()) == 0)
                && a.unit() == b.unit() && java.util.Objects.equals(a.labName(), b.labName())
                && java.util.Objects.equals(a.labResult(), b.labResult())
                && java.util.Objects.equals(a.notes(), b.notes())
                && java.util.Objects.equals(a.memberId(), b.memberId())
                && java.util.Objects.equals(a.correctsLogId(), b.correctsLogId());
    }

    /** Edits a log while no published lot uses it; afterwards 409 (write a correction instead). */
    public DiaryLog edit(CurrentUser user, UUID id, LogEntry entry) {
        DiaryLog old = log(user, id);
        if (logs.frozen(id)) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.log.frozen");
        }
        LogEntry merged = new LogEntry(old.plotId(), old.kind(), entry.date(), entry.activity(), entry.inputType(),
                entry.product(), entry.activeIngredient(), entry.dose(), entry.phiDays(), entry.quantity(),
                entry.unit(), entry.labName(), entry.labResult(), entry.labPassed(), entry.notes(), null, null, null,
                entry.photo());
        EntryChecks.check(merged, VnTime.today(clock));
        if (old.kind() == LogKind.HARVEST && (!merged.date().equals(old.logDate())
                || merged.quantity().compareTo(old.quantity()) != 0 || merged.unit() != old.unit())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "traceability.log.harvestFixed");
        }
        Instant now = clock.instant();
        DiaryLog updated = toLog(id, old.organisationId(), old.plotId(), user, merged, old.lotId(), now);
        updated = new DiaryLog(updated.id(), updated.organisationId(), updated.plotId(), updated.kind(),
                updated.logDate(), old.memberId(), old.memberName(), updated.activity(), updated.inputType(),
                updated.product(), updated.activeIngredient(), updated.dose(), updated.phiDays(), updated.quantity(),
                updated.unit(), updated.labName(), updated.labResult(), updated.labPassed(), updated.notes(),
                old.correctsLogId(), old.lotId(), old.createdAt());
        logs.update(updated, now);
        attach(id, merged, now);
        audit.record(AuditEntry.of("traceability.log.edited", "log", id, old.kind() + " " + old.logDate())
                .ofOrganisation(old.organisationId()));
        return updated;
    }

    private void attach(UUID logId, LogEntry entry, Instant now) {
        if (entry.photo() != null && entry.photo().content() != null && entry.photo().content().length > 0) {
            logs.addAttachment(logId, entry.photo().fileName(), entry.photo().contentType(), entry.photo().content(),
                    now);
        }
    }

    private static String warning(PhiRule.Conflict c) {
        return c.product() + ";" + c.appliedOn() + ";" + c.phiDays() + ";" + c.daysLeft();
    }

    private DiaryLog toLog(UUID id, UUID coop, UUID plotId, CurrentUser user, LogEntry e, UUID lotId, Instant now) {
        LogKind k = e.kind();
        boolean input = k == LogKind.INPUT;
        return new DiaryLog(id, coop, plotId, k, e.date(), user.id(), user.displayName(),
                k == LogKind.ACTIVITY || k == LogKind.SEEDING ? trim(e.activity()) : null,
                input ? e.inputType() : null,
                input || k == LogKind.SEEDING ? trim(e.product()) : null,
                input ? trim(e.activeIngredient()) : null,
                input ? trim(e.dose()) : null,
                input && e.inputType() == InputType.PESTICIDE ? e.phiDays() : null,
                k == LogKind.HARVEST || k == LogKind.SEEDING ? e.quantity() : null,
                k == LogKind.HARVEST || k == LogKind.SEEDING ? e.unit() : null,
                k == LogKind.LAB_TEST ? trim(e.labName()) : null,
                k == LogKind.LAB_TEST ? trim(e.labResult()) : null,
                k == LogKind.LAB_TEST ? e.labPassed() : null,
                trim(e.notes()), e.correctsLogId(), lotId, now);
    }

    private static String trim(String value) {
        return EntryChecks.blank(value) ? null : value.strip();
    }
}
