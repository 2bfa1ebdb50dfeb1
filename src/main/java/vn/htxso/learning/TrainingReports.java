package vn.htxso.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.assessment.Assessments;
import vn.htxso.learning.internal.ReportData;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.registry.CooperativeId;

/**
 * Reports per programme and per province: events held, registered people, participants (women, ethnic minorities),
 * co-ops reached, completion, certificates, and the change of the trained co-ops' maturity from T0 to T1, read
 * through the assessment module's API. National admins see every province; a province admin only their own.
 */
@Service
public class TrainingReports {

    private final ReportData data;
    private final Assessments assessments;
    private final AdminUnits adminUnits;
    private final Clock clock;

    TrainingReports(ReportData data, Assessments assessments, AdminUnits adminUnits, Clock clock) {
        this.data = data;
        this.assessments = assessments;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    /**
     * The report of a province, or of all provinces ({@code province} null, national admins; a province admin gets
     * their own province). Another province than one's own is a 404.
     */
    @Transactional(readOnly = true)
    public TrainingReport report(CurrentUser user, String province) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        String scope = province == null || province.isBlank() ? null : province.strip();
        if (scope == null && !user.isNationalAdmin()) {
            scope = user.provinceCode();
        }
        if (scope != null && (!adminUnits.isProvince(scope) || !user.administers(scope))) {
            throw new NotFound("province");
        }
        Instant now = clock.instant();
        List<ReportData.HeldEvent> events = data.events(scope, now);
        Map<UUID, List<ReportData.Attendee>> attendees = new HashMap<>();
        data.attendees(scope, now).forEach(a -> attendees.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a));
        Map<UUID, Integer> certificates = data.certificates(scope, now);
        Map<UUID, List<AssessmentSummary>> history = new HashMap<>();
        Function<UUID, List<AssessmentSummary>> assessed = coop -> history.computeIfAbsent(coop,
                c -> assessments.completed(new CooperativeId(c)));
        List<TrainingReport.Row> byProgramme = rows(events, ReportData.HeldEvent::programme, attendees, certificates,
                assessed);
        List<TrainingReport.Row> byProvince = rows(events, ReportData.HeldEvent::provinceCode, attendees,
                certificates, assessed);
        TrainingReport.Row total = row(null, events, attendees, certificates, assessed);
        return new TrainingReport(scope, byProgramme, byProvince, total);
    }

    private static List<TrainingReport.Row> rows(List<ReportData.HeldEvent> events,
                                                 Function<ReportData.HeldEvent, String> key,
                                                 Map<UUID, List<ReportData.Attendee>> attendees,
                                                 Map<UUID, Integer> certificates,
                                                 Function<UUID, List<AssessmentSummary>> assessed) {
        Map<String, List<ReportData.HeldEvent>> groups = new LinkedHashMap<>();
        events.forEach(e -> groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
        List<TrainingReport.Row> rows = new ArrayList<>();
        groups.forEach((k, group) -> rows.add(row(k, group, attendees, certificates, assessed)));
        rows.sort(Comparator.comparing(TrainingReport.Row::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    static TrainingReport.Row row(String key, List<ReportData.HeldEvent> events,
                                  Map<UUID, List<ReportData.Attendee>> attendees, Map<UUID, Integer> certificates,
                                  Function<UUID, List<AssessmentSummary>> assessed) {
        int registered = 0;
        int participants = 0;
        int women = 0;
        int ethnic = 0;
        int completed = 0;
        int issued = 0;
        Map<UUID, ReportData.HeldEvent> firstTraining = new LinkedHashMap<>();
        for (ReportData.HeldEvent e : events) { // oldest first: the first event a co-op attended stays
            registered += e.registered();
            issued += certificates.getOrDefault(e.id(), 0);
            for (ReportData.Attendee a : attendees.getOrDefault(e.id(), List.of())) {
                participants++;
                women += a.woman() ? 1 : 0;
                ethnic += a.ethnicMinority() ? 1 : 0;
                completed += a.sessions() >= e.certificateSessions() ? 1 : 0;
                if (a.organisationId() != null) {
                    firstTraining.putIfAbsent(a.organisationId(), e);
                }
            }
        }
        return new TrainingReport.Row(key, events.size(), registered, participants, women, ethnic,
                firstTraining.size(), completed, issued, maturity(firstTraining, assessed));
    }

    /** T0 → T1 of the co-ops reached: before the start of their first training, after its end. */
    static TrainingReport.Maturity maturity(Map<UUID, ReportData.HeldEvent> firstTraining,
                                            Function<UUID, List<AssessmentSummary>> assessed) {
        int coops = 0;
        int levelUp = 0;
        double t0 = 0;
        double t1 = 0;
        Set<UUID> seen = new HashSet<>();
        for (Map.Entry<UUID, ReportData.HeldEvent> entry : firstTraining.entrySet()) {
            if (!seen.add(entry.getKey())) {
                continue;
            }
            List<AssessmentSummary> history = assessed.apply(entry.getKey()); // oldest first
            Optional<AssessmentSummary> before = history.stream()
                    .filter(s -> s.completedAt().isBefore(entry.getValue().startsAt()))
                    .reduce((first, second) -> second);
            Optional<AssessmentSummary> after = history.stream()
                    .filter(s -> s.completedAt().isAfter(entry.getValue().endsAt())).findFirst();
            if (before.isPresent() && after.isPresent()) {
                coops++;
                t0 += before.get().percent();
                t1 += after.get().percent();
                levelUp += after.get().level() > before.get().level() ? 1 : 0;
            }
        }
        if (coops == 0) {
            return new TrainingReport.Maturity(0, null, null, null, 0);
        }
        return new TrainingReport.Maturity(coops, t0 / coops, t1 / coops, (t1 - t0) / coops, levelUp);
    }
}
