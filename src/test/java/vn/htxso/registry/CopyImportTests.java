package vn.htxso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.VietnameseText;
import vn.htxso.registry.internal.imports.ImportWrites;
import vn.htxso.support.WithDemoData;

/**
 * The import's PostgreSQL path: rows through COPY into a staging table, then set-based statements. The same
 * guarantees as the batched path (CooperativeImportApiTests runs on both): all or nothing, updates of known numbers,
 * text kept exactly, parallel imports.
 */
@Tag("postgres-only")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = WithDemoData.class)
class CopyImportTests {

    static final List<String> KEYS = CooperativeImportApiTests.KEYS;
    static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "copy-admin", "Test",
            Set.of(Role.NATIONAL_ADMIN), null, null, null);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CooperativeImport importer;
    @Autowired
    ImportWrites writes;

    String prefix;

    @BeforeEach
    void freshNumbers() {
        prefix = CooperativeImportApiTests.prefix();
    }

    @Test
    void onPostgresqlTheImportWritesThroughCopy() {
        assertThat(writes.getClass().getSimpleName()).isEqualTo("CopyImportWrites");
    }

    @Test
    void aRowThatFailsAtTheDatabaseAfterThousandsOfGoodOnesLeavesNothingWritten() throws Exception {
        List<List<String>> first = file();
        for (int i = 0; i < 3; i++) {
            first.add(CooperativeImportApiTests.row(prefix + i, "HTX Gốc " + i, "HTX", "40", "trade", "active", "",
                    9, 2025, 100L, 10L));
        }
        assertThat(run(first).imported()).isEqualTo(3);
        long changesBefore = changes();

        List<List<String>> rows = file();
        for (int i = 0; i < 4_500; i++) {
            rows.add(CooperativeImportApiTests.row(prefix + i, "HTX Mới " + i, "HTX", "40", "services", "tạm ngừng",
                    "01/02/2020", 12, 2025, 200L, 20L));
        }
        rows.add(CooperativeImportApiTests.row(prefix + "X", "HTX Hỏng ở cơ sở dữ liệu", "HTX", "40", "services",
                "active", "", 5, 2025, 1L, 1L));
        // valid for the import's checks, refused by the database: the last row fails inside the set-based insert
        jdbc.execute("alter table organisations add constraint copy_import_test_refused "
                + "check (name <> 'HTX Hỏng ở cơ sở dữ liệu')");
        try {
            assertThatThrownBy(() -> run(rows)).isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table organisations drop constraint copy_import_test_refused");
        }

        assertThat(count("select count(*) from organisations where registration_no like ?")).isEqualTo(3);
        assertThat(jdbc.queryForList("select name from organisations where registration_no like ? order by name",
                String.class, prefix + "%")).containsExactly("HTX Gốc 0", "HTX Gốc 1", "HTX Gốc 2");
        assertThat(jdbc.queryForList("select distinct status from organisations where registration_no like ?",
                String.class, prefix + "%")).containsExactly("ACTIVE");
        assertThat(jdbc.queryForList("select r.revenue_vnd from annual_reports r join organisations o on "
                + "o.id = r.organisation_id where o.registration_no like ?", Long.class, prefix + "%"))
                .containsOnly(100L).hasSize(3);
        assertThat(changes()).isEqualTo(changesBefore);
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relname = 'import_stage' "
                + "and relpersistence = 't'", Long.class)).isZero();
    }

    @Test
    void knownNumbersAreUpdatedBlankCellsKeepWhatIsStoredAndTheYearsReportIsReplaced() throws Exception {
        List<List<String>> rows = file();
        rows.add(CooperativeImportApiTests.row(prefix + "A", "HTX Cũ A", "HTX", "40", "trade", "giải thể",
                "2015-03-12", 9, 2024, 100L, 10L));
        rows.add(CooperativeImportApiTests.row(prefix + "B", "HTX Cũ B", "THT", "15", "agriculture", "active", "",
                4, null, null, null));
        assertThat(run(rows).imported()).isEqualTo(2);

        rows = file();
        // A: blank status, date and members keep the stored ones; its 2024 report is replaced, not doubled
        rows.add(CooperativeImportApiTests.row(prefix + "A", "HTX Mới A", "LHHTX", "Lào Cai", "services", "", "",
                null, 2024, 300L, 30L));
        // B: gets a first report; C is new
        rows.add(CooperativeImportApiTests.row(prefix + "B", "HTX Mới B", "THT", "15", "agriculture", "phá sản", "",
                6, 2025, 50L, 5L));
        rows.add(CooperativeImportApiTests.row(prefix + "C", "HTX C", "HTX", "40", "fishery", "", "", null, null,
                null, null));
        CooperativeImport.Outcome outcome = run(rows);
        assertThat(outcome.imported()).isEqualTo(1);
        assertThat(outcome.updated()).isEqualTo(2);

        Map<String, Object> a = org("A");
        assertThat(a).containsEntry("name", "HTX Mới A").containsEntry("name_key", "htx moi a")
                .containsEntry("kind", "LHHTX").containsEntry("province_code", "15")
                .containsEntry("sector", "SERVICES").containsEntry("status", "DISSOLVED").containsEntry("members", 9)
                .containsEntry("version", 1L);
        assertThat(a.get("founded_on").toString()).isEqualTo("2015-03-12");
        assertThat(jdbc.queryForList("select report_year, revenue_vnd, avg_worker_income_vnd, members, workers "
                + "from annual_reports where organisation_id = ?", a.get("id")))
                .singleElement().satisfies(r -> {
                    assertThat(r).containsEntry("report_year", 2024).containsEntry("revenue_vnd", 300L)
                            .containsEntry("avg_worker_income_vnd", 30L).containsEntry("members", 9)
                            .containsEntry("workers", 12);
                });
        Map<String, Object> b = org("B");
        assertThat(b).containsEntry("status", "BANKRUPT").containsEntry("members", 6);
        assertThat(jdbc.queryForObject("select count(*) from annual_reports where organisation_id = ?", Long.class,
                b.get("id"))).isEqualTo(1);
        assertThat(org("C")).containsEntry("status", "ACTIVE").containsEntry("members", 0)
                .containsEntry("province_code", "40").containsEntry("version", 0L);
        assertThat(jdbc.queryForList("select c.action from organisation_changes c join organisations o on "
                + "o.id = c.organisation_id where o.registration_no = ? order by c.id", String.class, prefix + "A"))
                .containsExactly("IMPORTED", "IMPORT_UPDATED");
    }

    @Test
    void namesWithQuotesCommasNewlinesTabsBackslashesAndVietnameseSurviveCopyExactly() throws Exception {
        List<String> names = List.of(
                "Hợp tác xã \"Chè, Quế\" Suối Giàng",
                "HTX Mật ong\tBắc Hà",
                "HTX Dòng một\nDòng hai\r\nDòng ba",
                "HTX C:\\dữ liệu\\mới \\N \\t \\\\",
                "\\N",
                "Tổ hợp tác Ươm tơ Đắk Lắk — ĐỒNG BÀO Ê-ĐÊ ‘ấn tượng’ ½ 😀",
                "HTX 'đơn' và \"kép\"; chấm phẩy | ống | <thẻ> & ký tự");
        List<List<String>> rows = file();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>(CooperativeImportApiTests.row(prefix + i, names.get(i), "HTX", "40",
                    "trade", "active", "", 5, null, null, null));
            row.set(4, i % 2 == 0 ? "Xã Nghĩa Đàn\t\\ \"A, B\"" : "Phường Vinh Hưng");
            rows.add(row);
        }
        assertThat(run(rows).imported()).isEqualTo(names.size());
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> org = org(String.valueOf(i));
            assertThat(org.get("name")).isEqualTo(names.get(i));
            assertThat(org.get("name_key")).isEqualTo(VietnameseText.fold(names.get(i)));
            assertThat(org.get("commune_name")).isEqualTo(i % 2 == 0 ? "Xã Nghĩa Đàn\t\\ \"A, B\"" : "Phường Vinh Hưng");
        }
    }

    @Test
    void twoOverlappingImportsInParallelWriteEachOrganisationOnce() throws Exception {
        List<List<String>> one = file();
        List<List<String>> two = file();
        for (int i = 0; i < 600; i++) {
            List<String> row = CooperativeImportApiTests.row(prefix + i, "HTX Song song " + i, "HTX", "38", "services",
                    "active", "", 6, 2025, 5L, 5L);
            if (i < 400) {
                one.add(row);
            }
            if (i >= 200) {
                two.add(row);
            }
        }
        Path a = temp(one);
        Path b = temp(two);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CooperativeImport.Outcome> first = pool.submit(task(a));
            Future<CooperativeImport.Outcome> second = pool.submit(task(b));
            CooperativeImport.Outcome x = first.get();
            CooperativeImport.Outcome y = second.get();
            assertThat(x.imported() + x.updated()).isEqualTo(400);
            assertThat(y.imported() + y.updated()).isEqualTo(400);
            assertThat(x.imported() + y.imported()).isEqualTo(600);
            assertThat(x.updated() + y.updated()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }
        assertThat(count("select count(*) from organisations where registration_no like ?")).isEqualTo(600);
        assertThat(count("select count(*) from annual_reports r join organisations o on o.id = r.organisation_id "
                + "where o.registration_no like ?")).isEqualTo(600);
        assertThat(count("select count(*) from organisation_changes c join organisations o on "
                + "o.id = c.organisation_id where o.registration_no like ?")).isEqualTo(800);
    }

    private static List<List<String>> file() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS);
        return rows;
    }

    private CooperativeImport.Outcome run(List<List<String>> rows) throws Exception {
        Path file = temp(rows);
        try {
            CooperativeImport.Outcome outcome = importer.run(ADMIN, file, "copy.csv", false, false,
                    CooperativeImport.Progress.NONE);
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.committed()).isTrue();
            return outcome;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Callable<CooperativeImport.Outcome> task(Path file) {
        return () -> importer.run(ADMIN, file, "parallel.csv", false, false, CooperativeImport.Progress.NONE);
    }

    private static Path temp(List<List<String>> rows) throws Exception {
        Path file = Files.createTempFile("copy-import", ".csv");
        Files.write(file, ImportFiles.csv(rows));
        file.toFile().deleteOnExit();
        return file;
    }

    private Map<String, Object> org(String suffix) {
        return jdbc.queryForMap("select id, name, name_key, kind, province_code, commune_name, sector, status, "
                + "founded_on, members, version from organisations where registration_no = ?", prefix + suffix);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, prefix + "%");
    }

    private long changes() {
        return count("select count(*) from organisation_changes c join organisations o on o.id = c.organisation_id "
                + "where o.registration_no like ?");
    }
}
