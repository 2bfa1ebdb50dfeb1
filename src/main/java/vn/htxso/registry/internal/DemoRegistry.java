package vn.htxso.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.Fixture;
import vn.htxso.platform.VietnameseText;
import vn.htxso.platform.VnTime;
import vn.htxso.registry.MemberRegister;

/**
 * Demo registry generated at start (demo profile only), deterministically from a fixed seed, so that the seed's
 * headline figures come out: Nghệ An 935 HTX of which 888 active, average revenue about 2.2 billion VND; Lào Cai
 * 505 HTX, 380 active, 7,678 members, average worker income about 45 million VND; and a few other provinces. The two
 * fixed demo organisations count within those numbers. Skips when already generated.
 */
@Component
@Profile("demo")
@Order(100)
class DemoRegistry implements Fixture {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);
    static final UUID NGHE_AN_DEMO = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID LAO_CAI_DEMO = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    static final int[] YEARS = {2023, 2024, 2025};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** What to generate for one province. */
    record Plan(String province, int total, int active, Integer exactMembers, long meanRevenue2025,
                long meanIncome2025, double minorityShare, boolean onlyHtx, String... communes) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("40", 935, 888, null, 2_250_000_000L, 52_000_000L, 0.18, true,
                    "Xã Hạnh Lâm", "Xã Thanh Chương", "Phường Trường Vinh", "Phường Thành Vinh", "Xã Diễn Châu",
                    "Xã Quỳnh Lưu", "Xã Nghĩa Đàn", "Xã Con Cuông", "Xã Tương Dương", "Xã Kỳ Sơn", "Xã Anh Sơn",
                    "Xã Đô Lương", "Xã Nam Đàn", "Xã Hưng Nguyên", "Xã Yên Thành", "Xã Quỳ Hợp"),
            new Plan("15", 505, 380, 7_678, 1_020_000_000L, 45_000_000L, 0.62, true,
                    "Xã Văn Yên", "Phường Lào Cai", "Phường Yên Bái", "Xã Bát Xát", "Phường Sa Pa", "Xã Bắc Hà",
                    "Xã Mường Khương", "Xã Si Ma Cai", "Xã Bảo Yên", "Xã Bảo Thắng", "Xã Mù Cang Chải",
                    "Xã Trạm Tấu", "Xã Lục Yên", "Xã Văn Chấn"),
            new Plan("01", 120, 104, null, 3_400_000_000L, 78_000_000L, 0.02, false,
                    "Xã Sóc Sơn", "Xã Ba Vì", "Xã Mỹ Đức", "Phường Long Biên", "Xã Đông Anh", "Xã Gia Lâm"),
            new Plan("19", 80, 66, null, 1_600_000_000L, 55_000_000L, 0.35, false,
                    "Xã Đại Từ", "Xã Phú Lương", "Phường Phổ Yên", "Xã Định Hóa", "Xã Tân Cương"),
            new Plan("66", 90, 71, null, 1_900_000_000L, 50_000_000L, 0.30, false,
                    "Xã Cư M'gar", "Xã Krông Pắc", "Phường Buôn Ma Thuột", "Xã Ea Kar", "Xã Krông Năng"),
            new Plan("92", 70, 61, null, 2_700_000_000L, 60_000_000L, 0.08, false,
                    "Xã Phong Điền", "Xã Cờ Đỏ", "Phường Ninh Kiều", "Xã Thới Lai", "Xã Vĩnh Thạnh"));

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Phan", "Võ"};
    private static final String[] MINORITY_FAMILY = {"Giàng", "Sùng", "Lò", "Vi", "Lầu", "Hà", "Lương", "Mùa"};
    private static final String[] GIVEN_MEN = {"An", "Bình", "Dũng", "Hải", "Hùng", "Nam", "Quang", "Sơn", "Tuấn",
        "Thắng", "Long", "Phúc", "Khánh", "Minh"};
    private static final String[] GIVEN_WOMEN = {"Chi", "Hà", "Hoa", "Lan", "Linh", "Mai", "Phương", "Thảo",
        "Trang", "Vân", "Xuân", "Hằng", "Nga", "Yến"};
    private static final String[] MINORITIES = {"Thái", "Tày", "Mông", "Dao", "Mường", "Khơ Mú", "Giáy", "Ê Đê"};
    private static final String[] PRODUCTS = {"Chè", "Mật ong", "Quế", "Cam", "Lúa gạo", "Rau sạch", "Nấm",
        "Chăn nuôi", "Dược liệu", "Thủy sản", "Dệt thổ cẩm", "Gỗ", "Dịch vụ nông nghiệp", "Điện nước", "Bưởi",
        "Cà phê", "Hồ tiêu", "Măng", "Sâm", "Mây tre đan"};
    private static final String[] SECTORS = {"AGRICULTURE", "AGRICULTURE", "AGRICULTURE", "AGRICULTURE", "FORESTRY",
        "FISHERY", "HANDICRAFT", "SERVICES", "SERVICES", "CREDIT", "TRANSPORT", "TRADE", "CONSTRUCTION",
        "ENVIRONMENT", "OTHER"};

    @Override
    public void load() {
        String marker = registrationNo("40", 1);
        Integer done = jdbc.queryForObject("select count(*) from organisations where registration_no = ?",
                Integer.class, marker);
        if (done != null && done > 0) {
            return;
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate());
        log.info("Demo registry generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    static String registrationNo(String province, int n) {
        return province + "9" + String.format("%07d", n);
    }

    private void generate() {
        jdbc.update("update organisations set name_key = lower(name) where name_key is null");
        for (UUID id : List.of(NGHE_AN_DEMO, LAO_CAI_DEMO)) {
            jdbc.query("select name from organisations where id = ?", rs -> {
                jdbc.update("update organisations set name_key = ?, governance_model = 'REDUCED' where id = ?",
                        VietnameseText.fold(rs.getString(1)), id);
            }, id);
        }
        OffsetDateTime now = VnTime.now(clock);
        for (Plan plan : PLANS) {
            generate(plan, new Random(plan.province().hashCode() * 31L + 2026), now);
        }
        jdbc.update(Members.RECOUNT + " where o.registered_members = 0");
    }

    private record Org(UUID id, String province, String commune, boolean active, int members, long capital,
                       boolean reports2025) {
    }

    private void generate(Plan plan, Random random, OffsetDateTime now) {
        UUID fixed = "40".equals(plan.province()) ? NGHE_AN_DEMO : "15".equals(plan.province()) ? LAO_CAI_DEMO : null;
        int fixedMembers = fixed == null ? 0 : jdbc.queryForObject(
                "select members from organisations where id = ?", Integer.class, fixed);
        int count = plan.total() - (fixed == null ? 0 : 1);
        int activeCount = plan.active() - (fixed == null ? 0 : 1);
        int[] members = new int[count];
        for (int i = 0; i < count; i++) {
            members[i] = 7 + random.nextInt(plan.exactMembers() == null ? 22 : 18);
        }
        if (plan.exactMembers() != null) {
            int target = plan.exactMembers() - fixedMembers;
            int sum = java.util.Arrays.stream(members).sum();
            int i = 0;
            while (sum != target) {
                if (sum < target) {
                    members[i % count]++;
                    sum++;
                } else if (members[i % count] > 7) {
                    members[i % count]--;
                    sum--;
                }
                i++;
            }
        }
        List<Object[]> orgRows = new ArrayList<>();
        List<Org> orgs = new ArrayList<>();
        String[] statuses = {"SUSPENDED", "INACTIVE", "INACTIVE", "DISSOLVED"};
        for (int i = 0; i < count; i++) {
            boolean active = i < activeCount;
            String status = active ? "ACTIVE" : statuses[random.nextInt(statuses.length)];
            String kind = plan.onlyHtx() ? "HTX" : pickKind(random);
            String commune = plan.communes()[random.nextInt(plan.communes().length)];
            String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            String prefix = switch (kind) {
                case "THT" -> "Tổ hợp tác ";
                case "LHHTX" -> "Liên hiệp HTX ";
                default -> "HTX ";
            };
            String name = prefix + product + " " + commune.replaceFirst("^(Xã|Phường) ", "") + " " + (i + 1);
            int memberCount = kind.equals("LHHTX") ? 3 + random.nextInt(5) : members[i];
            if (plan.exactMembers() != null) {
                memberCount = members[i];
            }
            long capital = (200L + random.nextInt(3000)) * 1_000_000L;
            UUID id = new UUID(0xa1000000_0000_4000L | (Long.parseLong(plan.province()) << 32),
                    0x8000_0000_0000_0000L | i);
            LocalDate founded = LocalDate.of(1998 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
            orgRows.add(new Object[] {id, registrationNo(plan.province(), i + 1), name, VietnameseText.fold(name), kind,
                plan.province(), commune, SECTORS[random.nextInt(SECTORS.length)], status, java.sql.Date.valueOf(founded),
                memberCount, capital, random.nextInt(3) == 0 ? "FULL" : "REDUCED",
                status.equals("DISSOLVED") ? java.sql.Date.valueOf(LocalDate.of(2025, 6, 30)) : null,
                status.equals("DISSOLVED") ? "Không còn hoạt động sản xuất kinh doanh" : null, now, now});
            orgs.add(new Org(id, plan.province(), commune, active, memberCount, capital,
                    active && random.nextInt(100) < 93));
        }
        int[] types = {U, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.DATE, java.sql.Types.INTEGER, java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
            java.sql.Types.DATE, java.sql.Types.VARCHAR, U, U};
        jdbc.batchUpdate("""
                insert into organisations (id, registration_no, name, name_key, kind, province_code, commune_name,
                  sector, status, founded_on, members, charter_capital_vnd, governance_model, dissolved_on,
                  dissolution_reason, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", orgRows, types);
        if (fixed != null) {
            Long capital = jdbc.queryForObject("select charter_capital_vnd from organisations where id = ?", Long.class,
                    fixed);
            orgs.add(new Org(fixed, plan.province(), fixed == NGHE_AN_DEMO ? "Xã Hạnh Lâm" : "Xã Văn Yên", true,
                    fixedMembers, capital == null ? 1_000_000_000L : capital, true));
        }
        reports(plan, orgs, random, now);
        members(plan, orgs, random, now);
    }

    private static final int U = org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN;

    private static String pickKind(Random random) {
        int n = random.nextInt(100);
        return n < 75 ? "HTX" : n < 95 ? "THT" : "LHHTX";
    }

    private void reports(Plan plan, List<Org> orgs, Random random, OffsetDateTime now) {
        int reporting = (int) orgs.stream().filter(Org::reports2025).count();
        double[] revenue = new double[orgs.size()];
        double[] income = new double[orgs.size()];
        double revenueSum = 0;
        double incomeSum = 0;
        for (int i = 0; i < orgs.size(); i++) {
            revenue[i] = 0.15 + random.nextDouble() * 1.7;
            income[i] = 0.7 + random.nextDouble() * 0.6;
            if (orgs.get(i).reports2025()) {
                revenueSum += revenue[i];
                incomeSum += income[i];
            }
        }
        double revenueScale = plan.meanRevenue2025() * reporting / revenueSum;
        double incomeScale = plan.meanIncome2025() * reporting / incomeSum;
        double[] growth = {0.84, 0.92, 1.0};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            Org org = orgs.get(i);
            for (int y = 0; y < YEARS.length; y++) {
                boolean reports = YEARS[y] == 2025 ? org.reports2025() : org.active() || y == 0;
                if (!reports) {
                    continue;
                }
                long rev = Math.round(revenue[i] * revenueScale * growth[y] / 1000) * 1000;
                long inc = Math.round(income[i] * incomeScale * (0.9 + 0.05 * y) / 1000) * 1000;
                if (YEARS[y] == 2025) {
                    inc = Math.round(income[i] * incomeScale);
                    rev = Math.round(revenue[i] * revenueScale);
                }
                int workers = Math.max(2, org.members() * 6 / 10);
                String tools = switch (random.nextInt(4)) {
                    case 0 -> "Kế toán điện tử; Hóa đơn điện tử";
                    case 1 -> "Zalo OA; Sàn thương mại điện tử";
                    case 2 -> "Hóa đơn điện tử";
                    default -> null;
                };
                rows.add(new Object[] {org.id(), YEARS[y], org.members(), workers, workers / 2, rev,
                    Math.round(rev * (0.02 + random.nextDouble() * 0.08)), org.capital(),
                    org.capital() + rev / 3, inc, tools, now, "demo"});
            }
        }
        jdbc.batchUpdate("""
                insert into annual_reports (organisation_id, report_year, members, workers, member_workers,
                  revenue_vnd, profit_vnd, charter_capital_vnd, total_assets_vnd, avg_worker_income_vnd,
                  digital_tools, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {U, java.sql.Types.INTEGER,
                java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
                java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT,
                java.sql.Types.VARCHAR, U, java.sql.Types.VARCHAR});
    }

    private void members(Plan plan, List<Org> orgs, Random random, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        String provinceDigits = String.format("%03d", Integer.parseInt(plan.province()));
        long serial = 0;
        for (Org org : orgs) {
            long share = Math.max(1, org.capital() / Math.max(org.members(), 1) / 2);
            for (int m = 0; m < org.members(); m++) {
                boolean woman = random.nextInt(100) < 46;
                boolean minority = random.nextDouble() < plan.minorityShare();
                String family = minority ? MINORITY_FAMILY[random.nextInt(MINORITY_FAMILY.length)]
                        : FAMILY[random.nextInt(FAMILY.length)];
                String name = family + (woman ? " Thị " : " Văn ")
                        + (woman ? GIVEN_WOMEN : GIVEN_MEN)[random.nextInt(GIVEN_MEN.length)];
                String kind = m < 5 || random.nextInt(10) < 8 ? "OFFICIAL"
                        : random.nextBoolean() ? "ASSOCIATE_CAPITAL" : "ASSOCIATE";
                long pledged = kind.equals("ASSOCIATE") ? 0 : share / 100_000 * 100_000;
                serial++;
                rows.add(new Object[] {new UUID(0xb1000000_0000_4000L | (Long.parseLong(plan.province()) << 32),
                        0x8000_0000_0000_0000L | serial), org.id(), kind, random.nextInt(12) == 0 ? "HOUSEHOLD" : "PERSON",
                    name, provinceDigits + (woman ? "1" : "0") + String.format("%08d", random.nextInt(100_000_000)),
                    "09" + String.format("%08d", random.nextInt(100_000_000)), woman ? "FEMALE" : "MALE",
                    minority ? MINORITIES[random.nextInt(MINORITIES.length)] : "Kinh", minority,
                    1950 + random.nextInt(55), org.commune(),
                    java.sql.Date.valueOf(LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1)),
                    pledged, random.nextInt(4) == 0 ? pledged / 2 : pledged, now});
            }
        }
        jdbc.batchUpdate("""
                insert into organisation_members (id, organisation_id, member_kind, party_type, name, id_number,
                  phone, gender, ethnicity, ethnic_minority, birth_year, commune_name, joined_on,
                  capital_pledged_vnd, capital_paid_vnd, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows, new int[] {U, U,
                java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.BOOLEAN,
                java.sql.Types.INTEGER, java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.BIGINT,
                java.sql.Types.BIGINT, U});
    }
}
