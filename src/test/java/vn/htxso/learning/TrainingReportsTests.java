package vn.htxso.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.htxso.assessment.AssessmentId;
import vn.htxso.assessment.AssessmentSummary;
import vn.htxso.learning.internal.ReportData;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.registry.CooperativeId;
import vn.htxso.support.DemoMvcTest;
import vn.htxso.support.DemoUsers;

/**
 * Training reports per programme and province: the figures of one's own events, the T0 → T1 rule, the scope of a
 * province admin, and the .xlsx with typed names kept as text.
 */
@DemoMvcTest
class TrainingReportsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    TrainingCalendar calendar;
    @Autowired
    Attendance attendance;
    @Autowired
    TrainingReports reports;
    @Autowired
    Clock clock;

    static final Instant START = Instant.parse("2026-05-20T01:00:00Z");
    static final Instant END = Instant.parse("2026-05-20T09:00:00Z");

    @Test
    void maturityComparesTheLastAssessmentBeforeTheFirstTrainingWithTheFirstAfterIt() {
        UUID coopA = UUID.randomUUID();
        UUID coopB = UUID.randomUUID();
        UUID coopC = UUID.randomUUID();
        ReportData.HeldEvent first = new ReportData.HeldEvent(UUID.randomUUID(), "CT", "40", START, END, 2, 10);
        ReportData.HeldEvent second = new ReportData.HeldEvent(UUID.randomUUID(), "CT", "40", START.plusSeconds(864000),
                END.plusSeconds(864000), 1, 5);
        Map<UUID, List<ReportData.Attendee>> attendees = Map.of(
                first.id(), List.of(new ReportData.Attendee(first.id(), UUID.randomUUID(), coopA, true, false, 2),
                        new ReportData.Attendee(first.id(), UUID.randomUUID(), coopA, false, true, 1),
                        new ReportData.Attendee(first.id(), UUID.randomUUID(), null, true, true, 2)),
                second.id(), List.of(new ReportData.Attendee(second.id(), UUID.randomUUID(), coopB, true, false, 1),
                        new ReportData.Attendee(second.id(), UUID.randomUUID(), coopC, false, false, 1)));
        Map<UUID, List<AssessmentSummary>> history = Map.of(
                // A: two before (the later one is T0), one during the training (ignored), two after (the first is T1)
                coopA, List.of(at(coopA, -400, 20, 1), at(coopA, -100, 30, 1), at(coopA, 4, 99, 5),
                        at(coopA, 20, 45, 2), at(coopA, 200, 80, 4)),
                // B: before its training (the second event) and after it
                coopB, List.of(at(coopB, 5, 50, 2), at(coopB, 300, 56, 2)),
                // C: never assessed before: not counted
                coopC, List.of(at(coopC, 300, 70, 3)));
        TrainingReport.Row row = TrainingReports.row("CT", List.of(first, second), attendees,
                Map.of(first.id(), 2), history::get);
        assertThat(row.events()).isEqualTo(2);
        assertThat(row.registered()).isEqualTo(15);
        assertThat(row.participants()).isEqualTo(5);
        assertThat(row.women()).isEqualTo(3);
        assertThat(row.ethnicMinority()).isEqualTo(2);
        assertThat(row.coopsReached()).isEqualTo(3);
        assertThat(row.completed()).as("2 of 3 at the first event had both sessions; both at the second")
                .isEqualTo(4);
        assertThat(row.completionPercent()).isEqualTo(100.0 * 4 / 15);
        assertThat(row.certificates()).isEqualTo(2);
        TrainingReport.Maturity m = row.maturity();
        assertThat(m.coops()).isEqualTo(2);
        assertThat(m.t0Percent()).isEqualTo((30 + 50) / 2.0);
        assertThat(m.t1Percent()).isEqualTo((45 + 56) / 2.0);
        assertThat(m.changePoints()).isEqualTo(((45 - 30) + (56 - 50)) / 2.0);
        assertThat(m.levelUp()).isEqualTo(1);
        TrainingReport.Row none = TrainingReports.row(null, List.of(), Map.of(), Map.of(), c -> List.of());
        assertThat(none.maturity().t0Percent()).isNull();
        assertThat(none.completionPercent()).isNull();
    }

    @Test
    void aProvinceAdminSeesOwnEventsOnlyAndTheXlsxKeepsTypedNamesAsText() throws Exception {
        String programme = "=HYPERLINK(\"http://x\") chương trình " + UUID.randomUUID();
        CurrentUser nghean = accounts.byUsername("nghean").orElseThrow().toCurrentUser();
        Instant now = clock.instant();
        EventId event = calendar.create(nghean, new NewEvent("Tập huấn báo cáo " + UUID.randomUUID(),
                EventKind.TRAINING_DAY, programme, "40", "Xã Hạnh Lâm", null, now.minusSeconds(600),
                now.plusSeconds(7200), 30, 1, 1));
        Registration a = calendar.addAtDoor(calendar.event(event), null, "Vi Thị Hoa", DemoUsers.CHE, nghean);
        Registration b = calendar.addAtDoor(calendar.event(event), null, "Lô Văn Minh", DemoUsers.CHE, nghean);
        calendar.addAtDoor(calendar.event(event), null, "Hà Văn Vắng", null, nghean);
        attendance.byOrganiser(nghean, event, a.id(), null, false);
        attendance.byOrganiser(nghean, event, b.id(), null, false);

        TrainingReport report = reports.report(nghean, null);
        assertThat(report.province()).isEqualTo("40");
        TrainingReport.Row row = report.byProgramme().stream().filter(r -> programme.equals(r.key())).findFirst()
                .orElseThrow();
        assertThat(row.events()).isEqualTo(1);
        assertThat(row.registered()).isEqualTo(3);
        assertThat(row.participants()).isEqualTo(2);
        assertThat(row.coopsReached()).isEqualTo(1);
        assertThat(row.completed()).isEqualTo(2);
        assertThat(row.certificates()).isEqualTo(2);
        assertThat(report.byProvince()).extracting(TrainingReport.Row::key).containsOnly("40");

        String page = mvc.perform(get("/learning/reports").with(as("nghean"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("chương trình").contains("Nghệ An").contains("T0 → T1");
        // Lào Cai's officer: never Nghệ An's figures
        mvc.perform(get("/learning/reports").param("province", "40").with(as("laocai")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/learning/reports.xlsx").param("province", "40").with(as("laocai")))
                .andExpect(status().isNotFound());
        String laoCai = mvc.perform(get("/learning/reports").with(as("laocai"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(laoCai).doesNotContain(programme.substring(20)).doesNotContain("Chuyển đổi số HTX 2025");
        mvc.perform(get("/learning/reports").with(as("htx-manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/learning/reports").param("province", "15").with(as("admin"))).andExpect(status().isOk());

        byte[] xlsx = mvc.perform(get("/learning/reports.xlsx").with(as("nghean"))).andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row found = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && programme.equals(r.getCell(0).getStringCellValue())) {
                    found = r;
                }
            }
            assertThat(found).as("the programme's row, its name a text cell (not a formula)").isNotNull();
            assertThat(found.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(found.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(found.getCell(3).getNumericCellValue()).isEqualTo(2);
            for (Row r : sheet) {
                r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nghệ An");
        }
    }

    private static AssessmentSummary at(UUID coop, int daysAfterStart, double percent, int level) {
        Instant when = daysAfterStart < 0 ? START.plusSeconds(86400L * daysAfterStart)
                : daysAfterStart == 4 ? START.plusSeconds(3600) : END.plusSeconds(86400L * daysAfterStart);
        return new AssessmentSummary(new AssessmentId(UUID.randomUUID()), new CooperativeId(coop), "40", 1, when,
                percent, 100, level, 0, 0, Map.of(), Map.of(), null);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return DemoUsers.as(accounts, username);
    }
}
