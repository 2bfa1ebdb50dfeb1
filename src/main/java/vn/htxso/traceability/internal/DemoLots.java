package vn.htxso.traceability.internal;

import java.math.BigDecimal;
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
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.platform.Fixture;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.traceability.FarmDiary;
import vn.htxso.traceability.InputType;
import vn.htxso.traceability.LogEntry;
import vn.htxso.traceability.LogKind;
import vn.htxso.traceability.Plot;
import vn.htxso.traceability.Standard;
import vn.htxso.traceability.LotMovements;
import vn.htxso.traceability.LotSteps;
import vn.htxso.traceability.LotPublishing;
import vn.htxso.traceability.Traceability;
import vn.htxso.traceability.Unit;

/**
 * Demo data: a tea lot of HTX Chè Thanh Chương (Nghệ An) and a cinnamon lot of HTX Quế Hồi Văn Yên (Lào Cai),
 * each with a season of diary logs (a pesticide that respects its PHI), a processing step, a shipment, published.
 * Written through the services, so the EPCIS events are the real ones; skipped when the demo plots exist. Fixed
 * dates (autumn 2026), so GTINs and lot numbers are the same on every fresh database: tea 08938501000026 / 261106-1,
 * cinnamon 08938502000026 / 261025-1.
 *
 * <p>Marketplace link: the processed products point at the marketplace's demo products by id ({@link #TEA_PRODUCT},
 * {@link #CINNAMON_PRODUCT}); without the marketplace, or with other ids, the trace page simply shows no stars.
 */
@Component
@Profile("demo")
@Order(100)
class DemoLots implements Fixture {

    static final UUID TEA_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID CINNAMON_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    static final UUID TEA_PRODUCT = UUID.fromString("e1000000-0000-4000-8000-000000000001");
    static final UUID CINNAMON_PRODUCT = UUID.fromString("e1000000-0000-4000-8000-000000000019");
    static final LocalDate TEA_HARVEST = LocalDate.of(2026, 11, 5);
    static final LocalDate CINNAMON_HARVEST = LocalDate.of(2026, 10, 20);
    static final String TEA_PLOT = "Đồi chè Khe Mây";
    static final String CINNAMON_PLOT = "Rừng quế Khe Dứa";

    private static final Logger log = LoggerFactory.getLogger(DemoLots.class);

    private final FarmDiary diary;
    private final Traceability traceability;
    private final LotPublishing publishing;
    private final LotSteps steps;
    private final LotMovements movements;
    private final Plots plots;
    private final CoopTraceSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoLots(FarmDiary diary, Traceability traceability, LotPublishing publishing, LotSteps steps, LotMovements movements, Plots plots,
             CoopTraceSettings settings, TransactionTemplate transactions, Clock clock) {
        this.diary = diary;
        this.traceability = traceability;
        this.publishing = publishing;
        this.steps = steps;
        this.movements = movements;
        this.plots = plots;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (LocalDate.now(clock).isBefore(TEA_HARVEST.plusDays(4))) {
            log.warn("Demo traceability skipped: the clock is before the demo season");
            return;
        }
        if (plots.ofOrganisation(TEA_COOP).stream().noneMatch(p -> p.name().equals(TEA_PLOT))) {
            transactions.executeWithoutResult(s -> tea());
            log.info("Demo traceability: tea lot of HTX Chè Thanh Chương written");
        }
        if (plots.ofOrganisation(CINNAMON_COOP).stream().noneMatch(p -> p.name().equals(CINNAMON_PLOT))) {
            transactions.executeWithoutResult(s -> cinnamon());
            log.info("Demo traceability: cinnamon lot of HTX Quế Hồi Văn Yên written");
        }
    }

    private void tea() {
        CurrentUser manager = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000004"), "htx-manager",
                "Nguyễn Văn Hùng (Giám đốc HTX Chè Thanh Chương)", Set.of(Role.COOP_MANAGER), "40", TEA_COOP, null);
        CurrentUser seller = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-000000000005"), "seller",
                "Lô Thị Mai (hộ thành viên)", Set.of(Role.MEMBER_SELLER), "40", TEA_COOP, null);
        if (settings.find(TEA_COOP).isEmpty()) {
            traceability.updateSettings(manager, "8938501", false);
        }
        Plot plot = diary.createPlot(manager, new FarmDiary.NewPlot(TEA_PLOT, "Xã Hạnh Lâm", 5_000, "Chè búp tươi",
                Standard.VIETGAP));
        UUID p = plot.id();
        diary.record(seller, activity(p, day(TEA_HARVEST, -50), "Đốn tỉa, làm cỏ giữa hàng chè"));
        diary.record(seller, input(p, day(TEA_HARVEST, -35), InputType.FERTILISER, "Phân hữu cơ vi sinh Sông Gianh",
                null, "500 kg/ha", null));
        diary.record(seller, observation(p, day(TEA_HARVEST, -20), "Rầy xanh xuất hiện rải rác ở mép đồi"));
        diary.record(seller, input(p, day(TEA_HARVEST, -18), InputType.PESTICIDE, "Abamectin 3.6EC", "Abamectin",
                "0,3 lít/ha", 7));
        diary.record(seller, labTest(p, day(TEA_HARVEST, -4), "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1",
                "Dư lượng thuốc bảo vệ thực vật dưới giới hạn tối đa (MRL)", null));
        UUID fresh = diary.record(seller, harvest(p, day(TEA_HARVEST, 0), "500", "Chè búp tươi")).lotId();
        UUID dried = steps.process(manager, new LotSteps.ProcessingStep(day(TEA_HARVEST, 1),
                List.of(new LotSteps.Take(fresh, new BigDecimal("500"))),
                List.of(new LotSteps.Output("Chè xanh Thanh Chương", new BigDecimal("110"), Unit.KGM)),
                "Diệt men, vò, sao khô bằng củi trong ngày")).get(0);
        steps.pack(manager, day(TEA_HARVEST, 2), List.of(new LotSteps.Take(dried, new BigDecimal("100"))));
        movements.ship(manager, dried, "Công ty CP Thực phẩm Hà Nội Xanh, Hà Nội", day(TEA_HARVEST, 3),
                new BigDecimal("100"));
        publishing.linkProduct(manager, traceability.ownLot(manager, dried).gtin(), TEA_PRODUCT);
        publishing.publish(manager, dried);
    }

    private void cinnamon() {
        CurrentUser manager = new CurrentUser(UUID.fromString("d0000000-0000-4000-8000-0000000000c2"), "demo-laocai",
                "Triệu Văn Sơn (hộ thành viên HTX Quế Hồi Văn Yên)", Set.of(Role.COOP_MANAGER), "15", CINNAMON_COOP,
                null);
        if (settings.find(CINNAMON_COOP).isEmpty()) {
            traceability.updateSettings(manager, "8938502", true);
        }
        Plot plot = diary.createPlot(manager, new FarmDiary.NewPlot(CINNAMON_PLOT, "Xã Văn Yên", 20_000,
                "Vỏ quế tươi", Standard.ORGANIC));
        UUID p = plot.id();
        diary.record(manager, activity(p, day(CINNAMON_HARVEST, -70), "Tỉa thưa, phát dọn thực bì dưới tán quế"));
        diary.record(manager, input(p, day(CINNAMON_HARVEST, -50), InputType.FERTILISER, "Phân chuồng ủ hoai", null,
                "2 tấn/ha", null));
        diary.record(manager, input(p, day(CINNAMON_HARVEST, -40), InputType.PESTICIDE,
                "Chế phẩm sinh học Bt (được phép trong canh tác hữu cơ)", "Bacillus thuringiensis var. kurstaki",
                "1 kg/ha", 3));
        diary.record(manager, observation(p, day(CINNAMON_HARVEST, -20), "Sâu đục ngọn giảm rõ sau phun chế phẩm"));
        UUID bark = diary.record(manager, harvest(p, day(CINNAMON_HARVEST, 0), "800", "Vỏ quế tươi")).lotId();
        UUID dried = steps.process(manager, new LotSteps.ProcessingStep(day(CINNAMON_HARVEST, 5),
                List.of(new LotSteps.Take(bark, new BigDecimal("800"))),
                List.of(new LotSteps.Output("Quế Văn Yên", new BigDecimal("320"), Unit.KGM)),
                "Phơi khô tự nhiên 5 ngày, cuộn thanh")).get(0);
        diary.record(manager, new LogEntry(p, LogKind.LAB_TEST, day(CINNAMON_HARVEST, 8), null, null, null, null, null,
                null, null, null, "Trung tâm Kiểm nghiệm Lào Cai", "Tinh dầu 3,2 %; không phát hiện nấm mốc",
                true, null, null, dried, null, null));
        movements.ship(manager, dried, "Công ty TNHH Gia vị Việt, Hải Phòng", day(CINNAMON_HARVEST, 10),
                new BigDecimal("300"));
        publishing.linkProduct(manager, traceability.ownLot(manager, dried).gtin(), CINNAMON_PRODUCT);
        publishing.publish(manager, dried);
    }

    private static LogEntry activity(UUID plot, LocalDate date, String what) {
        return new LogEntry(plot, LogKind.ACTIVITY, date, what, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static LogEntry observation(UUID plot, LocalDate date, String what) {
        return new LogEntry(plot, LogKind.OBSERVATION, date, null, null, null, null, null, null, null, null, null,
                null, null, what, null, null, null, null);
    }

    private static LogEntry input(UUID plot, LocalDate date, InputType type, String product, String ingredient,
                                  String dose, Integer phi) {
        return new LogEntry(plot, LogKind.INPUT, date, null, type, product, ingredient, dose, phi, null, null, null,
                null, null, null, null, null, null, null);
    }

    private static LogEntry labTest(UUID plot, LocalDate date, String lab, String result, UUID lot) {
        return new LogEntry(plot, LogKind.LAB_TEST, date, null, null, null, null, null, null, null, null, lab, result,
                true, null, null, lot, null, null);
    }

    private static LogEntry harvest(UUID plot, LocalDate date, String kg, String product) {
        return new LogEntry(plot, LogKind.HARVEST, date, null, null, null, null, null, null, new BigDecimal(kg),
                Unit.KGM, null, null, null, null, product, null, null, null);
    }

    private static LocalDate day(LocalDate harvest, int offset) {
        return harvest.plusDays(offset);
    }
}
