package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.support.WithDemoData;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class CooperativeImportApiTests {

    static final String PASSWORD = "demo12345";
    static final List<String> KEYS = List.of("registration_no", "name", "kind", "province_code", "commune", "sector",
            "status", "founded_on", "members", "charter_capital_vnd", "year", "revenue_vnd", "profit_vnd", "workers",
            "avg_worker_income_vnd");
    static final List<String> LABELS = List.of("MÃ SỐ HTX", " tên ", "Loai hinh", "Mã  tỉnh", "xa/phuong",
            "Lĩnh Vực", "Tình trạng", "Ngày thành lập", "Số thành viên", "Vốn điều lệ", "Năm báo cáo", "Doanh thu",
            "Lợi nhuận", "Số lao động", "Thu nhập bình quân người lao động");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CooperativeImport importer;

    static String prefix() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static List<String> row(String regNo, String name, String kind, String province, String sector, String status,
                            String founded, Integer members, Integer year, Long revenue, Long income) {
        return List.of(regNo, name, kind, province, "Xã Thử Nghiệm", sector, status, founded,
                members == null ? "" : members.toString(), "500000000", year == null ? "" : year.toString(),
                revenue == null ? "" : revenue.toString(), year == null ? "" : "1000000", year == null ? "" : "12", income == null ? "" : income.toString());
    }

    ResultActions upload(String user, String filename, byte[] content, String query) throws Exception {
        return mvc.perform(multipart("/api/v1/cooperatives/import" + query)
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                .with(httpBasic(user, PASSWORD)));
    }

    long countByPrefix(String prefix) {
        return jdbc.queryForObject("select count(*) from organisations where registration_no like ?", Long.class,
                prefix + "%");
    }

    @Test
    void csvWithVietnameseHeadersImportsAndTheStatisticsMatchTheFile() throws Exception {
        // Cà Mau (96) is this test's own province: no demo data and no other test writes there.
        String prefix = prefix();
        Random random = new Random(42);
        String[] kinds = {"HTX", "hợp tác xã", "THT", "LHHTX"};
        String[] statuses = {"đang hoạt động", "active", "Tạm ngừng", "giai the", "ngừng hoạt động", ""};
        List<List<String>> rows = new ArrayList<>();
        rows.add(LABELS);
        long total = 0;
        long active = 0;
        long members = 0;
        long htx = 0;
        long tht = 0;
        long lhhtx = 0;
        long revenueSum2025 = 0;
        long revenueCount2025 = 0;
        long incomeSum2025 = 0;
        long incomeCount2025 = 0;
        long revenueSum2024 = 0;
        long revenueCount2024 = 0;
        for (int i = 0; i < 40; i++) {
            String kind = kinds[random.nextInt(kinds.length)];
            String status = statuses[random.nextInt(statuses.length)];
            int memberCount = 3 + random.nextInt(200);
            int year = i % 4 == 0 ? 2024 : 2025;
            Long revenue = i % 7 == 0 ? null : 100_000_000L + random.nextInt(1_000_000_000);
            Long income = i % 5 == 0 ? null : 30_000_000L + random.nextInt(30_000_000);
            String founded = i % 2 == 0 ? String.format("%02d/%02d/20%02d", 1 + i % 28, 1 + i % 12, 10 + i % 15)
                    : String.format("20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28);
            rows.add(row(prefix + i, "HTX Cà Mau số " + i, kind, i % 3 == 0 ? "96" : "Cà Mau",
                    i % 2 == 0 ? "nông nghiệp" : "fishery", status, founded, memberCount, year, revenue, income));
            total++;
            members += memberCount;
            if (status.isEmpty() || status.equals("active") || status.equals("đang hoạt động")) {
                active++;
            }
            switch (kind) {
                case "THT" -> tht++;
                case "LHHTX" -> lhhtx++;
                default -> htx++;
            }
            if (year == 2025) {
                if (revenue != null) {
                    revenueSum2025 += revenue;
                    revenueCount2025++;
                }
                if (income != null) {
                    incomeSum2025 += income;
                    incomeCount2025++;
                }
            } else if (revenue != null) {
                revenueSum2024 += revenue;
                revenueCount2024++;
            }
        }
        upload("admin", "ca-mau.csv", ImportFiles.csv(rows), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(40))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.errors.length()").value(0));

        mvc.perform(get("/api/v1/statistics/cooperatives?province=96").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(total))
                .andExpect(jsonPath("$.active").value(active))
                .andExpect(jsonPath("$.members").value(members))
                .andExpect(jsonPath("$.byKind.HTX").value(htx))
                .andExpect(jsonPath("$.byKind.THT").value(tht))
                .andExpect(jsonPath("$.byKind.LHHTX").value(lhhtx))
                .andExpect(jsonPath("$.averageRevenueVnd").value(average(revenueSum2025, revenueCount2025)))
                .andExpect(jsonPath("$.averageWorkerIncomeVnd").value(average(incomeSum2025, incomeCount2025)));
        mvc.perform(get("/api/v1/statistics/cooperatives?province=96&year=2024").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.averageRevenueVnd").value(average(revenueSum2024, revenueCount2024)));
    }

    static long average(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void xlsxWithBadCellsNamesEachRowAndColumnAndStoresNothing() throws Exception {
        String prefix = prefix();
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        rows.add(row(prefix + "1", "HTX Một", "HTX", "40", "agriculture", "active", "2015-03-12", 10, 2025, 900_000_000L, 40_000_000L));
        rows.add(row(prefix + "2", "HTX Hai", "HTX", "40", "agriculture", "active", "31/02/2015", 10, 2025, null, null));
        rows.add(row(prefix + "3", "HTX Ba", "HTX", "40", "agriculture", "active", "01/02/2015", 10, 2025, null, null));
        rows.add(row(prefix + "4", "HTX Bốn", "HTX", "40", "bơi lội", "active", "", 10, 2025, null, null));
        rows.add(row(prefix + "5", "", "XYZ", "40", "agriculture", "active", "", -3, 2025, null, null));
        upload("admin", "bad.xlsx", ImportFiles.xlsx(rows), "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("founded_on"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("dd/mm/yyyy")))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("sector"))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[2].column").value("name"))
                .andExpect(jsonPath("$.errors[3].row").value(6))
                .andExpect(jsonPath("$.errors[3].column").value("kind"))
                .andExpect(jsonPath("$.errors[4].row").value(6))
                .andExpect(jsonPath("$.errors[4].column").value("members"))
                .andExpect(jsonPath("$.errors.length()").value(5));
        assertThat(countByPrefix(prefix)).isZero();

        upload("admin", "bad.xlsx", ImportFiles.xlsx(rows), "?partial=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(3));
        assertThat(countByPrefix(prefix)).isEqualTo(2);
        Map<String, Object> first = jdbc.queryForMap("select name, founded_on, members from organisations "
                + "where registration_no = ?", prefix + "1");
        assertThat(first.get("name")).isEqualTo("HTX Một");
        assertThat(first.get("members")).isEqualTo(10);
        assertThat(first.get("founded_on").toString()).isEqualTo("2015-03-12");
    }

    @Test
    void aDryRunCountsButStoresNothing() throws Exception {
        String prefix = prefix();
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        for (int i = 0; i < 5; i++) {
            rows.add(row(prefix + i, "HTX Dry " + i, "HTX", "40", "services", "active", "", 7, 2025, 1L, 1L));
        }
        upload("admin", "dry.csv", ImportFiles.csv(rows), "?dryRun=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.rejected").value(0));
        assertThat(countByPrefix(prefix)).isZero();
    }

    @Test
    void reimportingUpdatesTheOrganisationAndItsReportForTheYear() throws Exception {
        String prefix = prefix();
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        rows.add(row(prefix + "A", "HTX Cũ", "HTX", "40", "trade", "active", "", 9, 2025, 100L, 10L));
        upload("admin", "one.csv", ImportFiles.csv(rows), "").andExpect(jsonPath("$.imported").value(1));
        rows.set(1, row(prefix + "A", "HTX Mới", "HTX", "40", "trade", "tạm ngừng", "", 11, 2025, 200L, 20L));
        upload("admin", "one.xlsx", ImportFiles.xlsx(rows), "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(countByPrefix(prefix)).isEqualTo(1);
        Map<String, Object> org = jdbc.queryForMap("select id, name, status, members from organisations "
                + "where registration_no = ?", prefix + "A");
        assertThat(org.get("name")).isEqualTo("HTX Mới");
        assertThat(org.get("status")).isEqualTo("SUSPENDED");
        List<Map<String, Object>> reports = jdbc.queryForList("select revenue_vnd, avg_worker_income_vnd from "
                + "annual_reports where organisation_id = ?", org.get("id"));
        assertThat(reports).hasSize(1);
        assertThat(((Number) reports.get(0).get("revenue_vnd")).longValue()).isEqualTo(200L);
    }

    @Test
    void aFileOverTwentyMegabytesIs413() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        upload("admin", "big.csv", big, "")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aProvinceAdminImportsOnlyItsProvince() throws Exception {
        String prefix = prefix();
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        rows.add(row(prefix + "1", "HTX Nghệ An", "HTX", "40", "agriculture", "active", "", 8, null, null, null));
        rows.add(row(prefix + "2", "HTX Lào Cai", "HTX", "15", "agriculture", "active", "", 8, null, null, null));
        upload("nghean", "mixed.csv", ImportFiles.csv(rows), "?partial=true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("province_code"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Nghệ An")));
        assertThat(countByPrefix(prefix + "2")).isZero();
        // The demo organisation of Lào Cai cannot be changed by re-using its registration number.
        rows = new ArrayList<>();
        rows.add(KEYS);
        rows.add(row("5301234567", "Đổi tên trái phép", "HTX", "40", "agriculture", "active", "", 8, null, null, null));
        upload("nghean", "steal.csv", ImportFiles.csv(rows), "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("registration_no"));
        assertThat(jdbc.queryForObject("select name from organisations where registration_no = '5301234567'",
                String.class)).isEqualTo("HTX Quế Hồi Văn Yên");
        upload("htx-manager", "x.csv", ImportFiles.csv(rows), "").andExpect(status().isForbidden());
    }

    @Test
    void aMissingRequiredColumnIsAFileProblem() throws Exception {
        upload("admin", "cols.csv", ImportFiles.csv(List.of(List.of("name", "kind"), List.of("A", "HTX"))), "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("registration_no"));
        upload("admin", "cols.txt", new byte[] {1, 2}, "").andExpect(status().isUnsupportedMediaType());
        upload("admin", "broken.xlsx", new byte[] {1, 2, 3}, "").andExpect(status().isBadRequest());
    }

    @Test
    void twoImportsOfTheSameFileAtOnceCreateNoDuplicates() throws Exception {
        String prefix = prefix();
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        for (int i = 0; i < 300; i++) {
            rows.add(row(prefix + i, "HTX Song song " + i, "HTX", "38", "services", "active", "", 6, 2025, 5L, 5L));
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("parallel", ".csv");
        java.nio.file.Files.write(file, ImportFiles.csv(rows));
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "test-admin", "Test", Set.of(Role.NATIONAL_ADMIN),
                null, null, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<CooperativeImport.Outcome> task = () -> importer.run(admin, file, "parallel.csv", false, false,
                    CooperativeImport.Progress.NONE);
            Future<CooperativeImport.Outcome> a = pool.submit(task);
            Future<CooperativeImport.Outcome> b = pool.submit(task);
            CooperativeImport.Outcome first = a.get();
            CooperativeImport.Outcome second = b.get();
            assertThat(first.imported() + second.imported()).isEqualTo(300);
            assertThat(first.updated() + second.updated()).isEqualTo(300);
        } finally {
            pool.shutdown();
        }
        assertThat(countByPrefix(prefix)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from annual_reports r join organisations o on "
                + "o.id = r.organisation_id where o.registration_no like ?", Long.class, prefix + "%")).isEqualTo(300);
    }

    @Test
    void listAndStatisticsKeepToTheViewersScope() throws Exception {
        String body = mvc.perform(get("/api/v1/cooperatives?province=15&size=500").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> provinces = JsonPath.read(body, "$.items[*].provinceCode");
        assertThat(provinces).isNotEmpty().containsOnly("40");
        assertThat((List<?>) JsonPath.read(body, "$.items")).hasSize(100);
        mvc.perform(get("/api/v1/statistics/cooperatives?province=15").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/statistics/cooperatives").with(httpBasic("nghean", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.provinceCode").value("40"));
        mvc.perform(get("/api/v1/cooperatives").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/cooperatives").with(httpBasic("htx-manager", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cooperatives")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/cooperatives?q=que hoi").with(httpBasic("laocai", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].registrationNo").value("5301234567"))
                .andExpect(jsonPath("$.items[0].kind").value("HTX"))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"));
    }
}
