package vn.htxso.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.Fixture;
import vn.htxso.governance.Assembly;
import vn.htxso.governance.AssemblyForm;
import vn.htxso.governance.AssemblyKind;
import vn.htxso.governance.Convening;
import vn.htxso.governance.FundSource;
import vn.htxso.governance.IncomeDistribution;
import vn.htxso.governance.IndivisibleFund;
import vn.htxso.governance.MeetingMode;
import vn.htxso.governance.OfficerElections;
import vn.htxso.governance.OfficerRole;
import vn.htxso.governance.Resolution;
import vn.htxso.governance.ResolutionCategory;
import vn.htxso.governance.ResolutionSubject;
import vn.htxso.governance.Voting;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.registry.CooperativeId;
import vn.htxso.registry.RegisteredMember;
import vn.htxso.registry.Registry;

/**
 * Demo governance (demo profile only), dated from today so that it always reads the same: HTX Chè Thanh Chương with
 * the law's default charter, last year's annual assembly with its resolutions, signed minutes and the board it
 * elected, two years of internal and external transactions, a stored distribution, the indivisible fund, and this
 * year's annual assembly convened with an online vote open, in which {@code seller} (linked to an official member)
 * may vote; HTX Quế Hồi Văn Yên (Lào Cai), whose last annual assembly is two years old, so the alliance sees it
 * overdue. Goes through the module's services, so every rule holds. Skips when already there.
 */
@Component
@Profile("demo")
@Order(300)
class DemoGovernance implements Fixture {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);
    static final UUID NGHE_AN = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID LAO_CAI = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    static final UUID MANAGER = UUID.fromString("d0000000-0000-4000-8000-000000000004");
    static final UUID SELLER = UUID.fromString("d0000000-0000-4000-8000-000000000005");

    private final Charters charters;
    private final Registry registry;
    private final Convening convening;
    private final Voting voting;
    private final OfficerElections elections;
    private final IncomeDistribution distribution;
    private final IndivisibleFund fund;
    private final Transactions transactions;
    private final MemberAccounts memberAccounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoGovernance(Charters charters, Registry registry, Convening convening, Voting voting,
                   OfficerElections elections, IncomeDistribution distribution, IndivisibleFund fund,
                   Transactions transactions, MemberAccounts memberAccounts, PlatformTransactionManager txManager,
                   Clock clock) {
        this.charters = charters;
        this.registry = registry;
        this.convening = convening;
        this.voting = voting;
        this.elections = elections;
        this.distribution = distribution;
        this.fund = fund;
        this.transactions = transactions;
        this.memberAccounts = memberAccounts;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    @Override
    public void load() {
        if (!charters.of(NGHE_AN).isEmpty() || registry.find(new CooperativeId(NGHE_AN)).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            theaCooperative();
            cinnamonCooperative();
        });
        log.info("Demo governance generated");
    }

    private void theaCooperative() {
        CurrentUser manager = new CurrentUser(MANAGER, "htx-manager", "Nguyễn Văn Hùng", Set.of(Role.COOP_MANAGER),
                "40", NGHE_AN, null);
        LocalDate today = LocalDate.now(clock);
        int y = today.getYear();
        List<RegisteredMember> officials = officials(NGHE_AN, today);
        if (officials.size() < 8) {
            return;
        }
        LocalDate lastHeld = LocalDate.of(y - 1, 3, 28);
        Assembly last = convening.convene(manager, NGHE_AN, new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.BOTH, y - 2, lastHeld, lastHeld, null,
                "1. Báo cáo kết quả sản xuất kinh doanh năm " + (y - 2) + "\n2. Báo cáo tài chính năm " + (y - 2)
                        + "\n3. Phương án phân phối thu nhập\n4. Bầu Hội đồng quản trị và Ban kiểm soát nhiệm kỳ mới"));
        int present = Math.max(1, last.eligibleVoters() * 4 / 5);
        officials(NGHE_AN, lastHeld).stream().limit(present).forEach(m -> convening.tick(manager, last.id(), m.id()));
        voting.record(manager, last.id(), new Voting.RecordedResolution("Thông qua báo cáo tài chính năm " + (y - 2),
                ResolutionCategory.ORDINARY, ResolutionSubject.ACCOUNTS, present, present - 2, 1, 1));
        voting.record(manager, last.id(), new Voting.RecordedResolution(
                "Thông qua phương án phân phối thu nhập năm " + (y - 2), ResolutionCategory.ORDINARY,
                ResolutionSubject.DISTRIBUTION, present, present - 3, 2, 1));
        Resolution election = voting.record(manager, last.id(), new Voting.RecordedResolution(
                "Bầu Hội đồng quản trị, Giám đốc và Ban kiểm soát nhiệm kỳ " + (y - 1) + "–" + (y + 4),
                ResolutionCategory.ORDINARY, ResolutionSubject.ELECTION, present, present - 1, 0, 1));
        convening.signMinutes(manager, last.id(), "Nguyễn Văn Hùng", officials.get(1).name(),
                "Đại hội thành viên thường niên đã thông qua báo cáo tài chính, phương án phân phối thu nhập và bầu "
                        + "Hội đồng quản trị nhiệm kỳ mới. Biên bản được lập và thông qua ngay tại Đại hội.");
        LocalDate termEnd = lastHeld.plusYears(5).minusDays(1);
        elections.elect(manager, NGHE_AN, new OfficerElections.NewOfficer(OfficerRole.BOARD_CHAIR, "Nguyễn Văn Hùng",
                null, lastHeld, termEnd, election.id()));
        elections.elect(manager, NGHE_AN, new OfficerElections.NewOfficer(OfficerRole.DIRECTOR, "Nguyễn Văn Hùng",
                null, lastHeld, termEnd, election.id()));
        for (int i = 2; i < 6; i++) {
            elections.elect(manager, NGHE_AN, new OfficerElections.NewOfficer(OfficerRole.BOARD_MEMBER,
                    officials.get(i).name(), officials.get(i).id(), lastHeld, termEnd, election.id()));
        }
        elections.elect(manager, NGHE_AN, new OfficerElections.NewOfficer(OfficerRole.SUPERVISORY_HEAD,
                officials.get(6).name(), officials.get(6).id(), lastHeld, termEnd, election.id()));

        ledger(officials, y - 2, 10);
        ledger(officials, y - 1, 14);
        fund.record(manager, NGHE_AN, LocalDate.of(y - 2, 6, 15), FundSource.STATE_SUPPORT, 150_000_000,
                "Hỗ trợ xây dựng nhà sơ chế chè (ngân sách tỉnh)");
        fund.record(manager, NGHE_AN, LocalDate.of(y - 2, 9, 2), FundSource.GIFT, 20_000_000,
                "Doanh nghiệp bao tiêu tặng máy vò chè");
        distribution.distribute(manager, NGHE_AN, y - 2, 312_450_007, false);
        fund.record(manager, NGHE_AN, LocalDate.of(y - 1, 12, 31), FundSource.INTEREST, 1_240_000,
                "Lãi tiền gửi quỹ chung không chia");
        fund.record(manager, NGHE_AN, LocalDate.of(y - 1, 10, 5), FundSource.INVESTMENT, -95_000_000,
                "Mua lò sấy chè (tài sản không chia)");

        LocalDate scheduled = today;
        Assembly current = convening.convene(manager, NGHE_AN, new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.BOTH, y - 1, scheduled, null, null,
                "1. Báo cáo kết quả sản xuất kinh doanh năm " + (y - 1) + "\n2. Báo cáo tài chính năm " + (y - 1)
                        + "\n3. Phương án phân phối thu nhập năm " + (y - 1)));
        voting.open(manager, current.id(), "Thông qua kế hoạch sản xuất và tiêu thụ chè năm " + y,
                ResolutionCategory.ORDINARY, ResolutionSubject.GENERAL);
        RegisteredMember sellerMember = officials.stream().filter(m -> m.name().contains(" Thị ")).findFirst()
                .orElse(officials.get(0));
        if (!memberAccounts.linked(SELLER)) {
            memberAccounts.link(SELLER, NGHE_AN, sellerMember.id());
        }
    }

    private void ledger(List<RegisteredMember> officials, int year, int perMonth) {
        java.util.Random random = new java.util.Random(year);
        for (int month = 1; month <= 12; month++) {
            for (int k = 0; k < perMonth; k++) {
                RegisteredMember m = officials.get(random.nextInt(officials.size()));
                LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(28));
                boolean internal = k % 5 != 0;
                long amount = (internal ? 2_000_000 : 25_000_000) + random.nextInt(20) * 500_000L;
                transactions.insert(new Transactions.Entry(UUID.randomUUID(), NGHE_AN, day, internal,
                        k % 7 == 3 ? "COST" : "REVENUE", internal ? m.id() : null, amount,
                        internal ? "Cung ứng phân bón, dịch vụ sơ chế chè cho thành viên"
                                : "Bán chè búp khô cho công ty chè Nghệ An", "DEMO", null), clock.instant());
            }
        }
    }

    private void cinnamonCooperative() {
        CurrentUser manager = new CurrentUser(UUID.randomUUID(), "demo", "Giám đốc HTX Quế Hồi Văn Yên",
                Set.of(Role.COOP_MANAGER), "15", LAO_CAI, null);
        LocalDate today = LocalDate.now(clock);
        int y = today.getYear();
        if (officials(LAO_CAI, today).isEmpty()) {
            return;
        }
        LocalDate held = LocalDate.of(y - 2, 4, 15);
        Assembly last = convening.convene(manager, LAO_CAI, new Convening.NewAssembly(AssemblyKind.ANNUAL,
                AssemblyForm.FULL, MeetingMode.IN_PERSON, y - 3, held, held, null,
                "1. Báo cáo tài chính năm " + (y - 3) + "\n2. Kế hoạch trồng quế hữu cơ"));
        voting.record(manager, last.id(), new Voting.RecordedResolution("Thông qua báo cáo tài chính năm " + (y - 3),
                ResolutionCategory.ORDINARY, ResolutionSubject.GENERAL, last.eligibleVoters(),
                last.eligibleVoters() - 1, 0, 1));
        convening.signMinutes(manager, last.id(), "Giàng A Sử", "Lò Thị Hoa", null);
    }

    private List<RegisteredMember> officials(UUID organisation, LocalDate day) {
        return registry.members(new CooperativeId(organisation)).stream()
                .filter(m -> m.official() && m.memberOn(day)).toList();
    }
}
