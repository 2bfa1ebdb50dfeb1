package vn.htxso.learning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.Fixture;
import vn.htxso.learning.Certificate;
import vn.htxso.learning.CourseFormat;
import vn.htxso.learning.CourseId;
import vn.htxso.learning.CourseSummary;
import vn.htxso.learning.EventId;
import vn.htxso.learning.EventKind;
import vn.htxso.learning.LearningStatement;
import vn.htxso.learning.Lesson;
import vn.htxso.learning.LessonKind;
import vn.htxso.learning.Material;
import vn.htxso.learning.NewsPost;
import vn.htxso.learning.MoveOn;
import vn.htxso.learning.Registration;
import vn.htxso.learning.TrainingEvent;
import vn.htxso.learning.Verb;

/**
 * Demo data (deterministic, skipped when present): three courses tagged with the dimensions the demo co-ops are weak
 * in, the Nghệ An conference of 13/10/2025 (200 seats, 187 attended, certificates), a Lào Cai training day open
 * today and tomorrow (its organiser `laocai` shows the rotating code), and certificates to verify, one revoked.
 */
@Component
@Profile("demo")
@Order(400)
class DemoLearning implements Fixture {

    static final UUID DATA_COURSE = UUID.fromString("c1000000-0000-4000-8000-000000000001");
    static final UUID MARKET_COURSE = UUID.fromString("c1000000-0000-4000-8000-000000000002");
    static final UUID BOOKS_COURSE = UUID.fromString("c1000000-0000-4000-8000-000000000003");
    static final UUID CONFERENCE = UUID.fromString("e1000000-0000-4000-8000-000000000001");
    static final UUID LAO_CAI_DAY = UUID.fromString("e1000000-0000-4000-8000-000000000002");
    static final UUID MAY_TRAINING = UUID.fromString("e1000000-0000-4000-8000-000000000003");
    static final UUID CONFERENCE_NEWS = UUID.fromString("e2000000-0000-4000-8000-000000000001");
    static final UUID LAO_CAI_NEWS = UUID.fromString("e2000000-0000-4000-8000-000000000002");
    static final UUID HANDOUT = UUID.fromString("e3000000-0000-4000-8000-000000000001");
    static final UUID NGHEAN = UUID.fromString("d0000000-0000-4000-8000-000000000002");
    static final UUID LAOCAI = UUID.fromString("d0000000-0000-4000-8000-000000000003");
    static final UUID MANAGER = UUID.fromString("d0000000-0000-4000-8000-000000000004");
    static final UUID SELLER = UUID.fromString("d0000000-0000-4000-8000-000000000005");
    static final UUID TEA_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final UUID CINNAMON_COOP = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    static final String MANAGER_CERTIFICATE = "HTX7K2M9PQ";
    static final String REVOKED_CERTIFICATE = "HTX4R8TW3Z";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vi", "Lô", "Lương", "Sầm", "Hà"};
    private static final String[] MIDDLE = {"Thị", "Văn", "Đình", "Thị", "Xuân", "Văn", "Thị", "Hữu"};
    private static final String[] GIVEN = {"Hoa", "Hùng", "Lan", "Minh", "Mai", "Tuấn", "Hương", "Dũng", "Thảo",
            "Sơn", "Nga", "Bình", "Huyền", "Phong", "Liên", "Quang"};

    private final Courses courses;
    private final TrainingEvents events;
    private final Registrations registrations;
    private final CheckIns checkIns;
    private final Certificates certificates;
    private final Statements statements;
    private final NewsPosts news;
    private final Materials materials;
    private final Clock clock;

    DemoLearning(Courses courses, TrainingEvents events, Registrations registrations, CheckIns checkIns,
                 Certificates certificates, Statements statements, NewsPosts news, Materials materials, Clock clock) {
        this.news = news;
        this.materials = materials;
        this.courses = courses;
        this.events = events;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.certificates = certificates;
        this.statements = statements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        if (courses.find(DATA_COURSE).isEmpty()) {
            courses();
        }
        if (events.find(CONFERENCE).isEmpty()) {
            conference();
        }
        if (events.find(LAO_CAI_DAY).isEmpty()) {
            laoCaiDay();
        }
        if (events.find(MAY_TRAINING).isEmpty()) {
            mayTraining();
        }
        if (news.find(CONFERENCE_NEWS).isEmpty()) {
            news();
        }
        if (materials.find(HANDOUT).isEmpty()) {
            materials.insert(new Material(HANDOUT, "Sổ tay chuyển đổi số cho HTX (bản tóm tắt)", "vi", "CC BY 4.0",
                    "so-tay-chuyen-doi-so.pdf", "application/pdf", HANDOUT_PDF.length, "40",
                    Instant.parse("2025-10-13T01:00:00Z")), HANDOUT_PDF, NGHEAN);
        }
    }

    private static final byte[] HANDOUT_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * A past Nghệ An training day (20/05/2026) between the tea co-op's two demo assessments (10/02 and 15/09/2026):
     * the training report shows its maturity change T0 → T1.
     */
    private void mayTraining() {
        var starts = LocalDateTime.of(2026, 5, 20, 8, 0).atZone(VN).toInstant();
        var ends = LocalDateTime.of(2026, 5, 20, 16, 30).atZone(VN).toInstant();
        TrainingEvent event = new TrainingEvent(new EventId(MAY_TRAINING),
                "Tập huấn bán hàng trực tuyến cho HTX chè Thanh Chương", EventKind.TRAINING_DAY,
                "Chuyển đổi số HTX 2026", "40", "Xã Hạnh Lâm", "Hội trường UBND xã Hạnh Lâm", NGHEAN,
                "Liên minh HTX tỉnh Nghệ An", starts, ends, 40, 2, 2, 1, new CourseId(MARKET_COURSE), 0, 0, 0);
        events.insert(event, starts.minusSeconds(20L * 86400));
        for (int i = 0; i < 32; i++) {
            UUID id = UUID.nameUUIDFromBytes(("learning-demo-may-" + i).getBytes());
            String name = name(i + 500);
            registrations.insert(new Registration(id, event.id(), null, name, i < 12 ? TEA_COOP : null,
                    name.contains(" Thị "), i % 5 == 1, personalCode(2000 + i), Registration.Status.REGISTERED,
                    starts.minusSeconds(86400L * (3 + i % 5)), 0), NGHEAN);
            if (i < 28) {
                for (int session = 1; session <= (i < 25 ? 2 : 1); session++) {
                    var at = starts.plusSeconds(60L * (i % 20) + (session - 1) * 4L * 3600);
                    checkIns.insert(new CheckIns.CheckIn(UUID.nameUUIDFromBytes(("learning-demo-may-in-" + i + "-"
                            + session).getBytes()), MAY_TRAINING, id, session, "CODE", null, at, null, false), NGHEAN);
                }
            }
            if (i < 25) {
                certificates.insert(new Certificate(UUID.nameUUIDFromBytes(("learning-demo-may-cert-" + i).getBytes()),
                        "HTXM" + personalCode(3000 + i).substring(2, 8), null, name, HolderNames.mask(name),
                        event.title(), event.organiserName(), LocalDate.of(2026, 5, 20), Certificate.Status.VALID,
                        null, event.id(), null), id, ends);
            }
        }
    }

    private void news() {
        Instant published = LocalDateTime.of(2025, 10, 14, 9, 0).atZone(VN).toInstant();
        news.insert(new NewsPost(CONFERENCE_NEWS, "Nghệ An: 200 đại biểu bàn giải pháp chuyển đổi số kinh tế tập thể",
                "Ngày 13/10/2025, Liên minh HTX tỉnh Nghệ An tổ chức hội nghị chuyển đổi số kinh tế tập thể với 200 "
                        + "đại biểu là cán bộ quản lý HTX và thành viên người dân tộc thiểu số.\n\n"
                        + "Hội nghị thống nhất năm nhóm giải pháp, trong đó có truyền thông nâng cao nhận thức và đào "
                        + "tạo nguồn nhân lực chuyển đổi số cho HTX.\n\n"
                        + "Các HTX có thể xem lại tài liệu hội nghị trong thư viện tài liệu.",
                "40", "Chuyển đổi số HTX 2025", new EventId(CONFERENCE), null, null, null, NGHEAN,
                "Liên minh HTX tỉnh Nghệ An", true, published, published, published, 0), null);
        Instant now = clock.instant();
        news.insert(new NewsPost(LAO_CAI_NEWS, "Lào Cai: tập huấn truyền thông và công cụ số trong chuỗi giá trị quế",
                "Liên minh HTX tỉnh Lào Cai mở lớp tập huấn tại xã Văn Yên cho các HTX quế: quảng bá sản phẩm, bán "
                        + "hàng trực tuyến và dùng công cụ số trong chuỗi giá trị.\n\n"
                        + "Thành viên đăng ký trên HTX Số và mang mã QR cá nhân để điểm danh.",
                "15", "Chương trình MTQG vùng đồng bào dân tộc thiểu số và miền núi", new EventId(LAO_CAI_DAY),
                null, null, null, LAOCAI, "Liên minh HTX tỉnh Lào Cai", true, now, now, now, 0), null);
    }

    private void courses() {
        var now = clock.instant();
        courses.insert(new CourseSummary(new CourseId(DATA_COURSE), "Dữ liệu và an toàn thông tin cho HTX",
                "Sao lưu sổ sách, mật khẩu, phân quyền, nhận biết lừa đảo qua mạng. Học trên điện thoại, 4 bài ngắn.",
                CourseFormat.ONLINE, null, null, List.of("DATA", "INFRA"), null, List.of("THAI"), true, 70), now);
        UUID intro = UUID.fromString("c1100000-0000-4000-8000-000000000001");
        courses.insertLesson(new Lesson(intro, new CourseId(DATA_COURSE), 1, "Phần 1. Dữ liệu của HTX", 1,
                "Vì sao phải sao lưu", LessonKind.TEXT,
                "Sổ thành viên, sổ kế toán và hoá đơn là tài sản của HTX. Mất điện thoại không được làm mất dữ liệu.",
                null, null, null, null, null, MoveOn.COMPLETED, null, 0));
        courses.insertLesson(new Lesson(UUID.fromString("c1100000-0000-4000-8000-000000000002"),
                new CourseId(DATA_COURSE), 1, "Phần 1. Dữ liệu của HTX", 2, "Sổ tay sao lưu (PDF)", LessonKind.PDF,
                null, "so-tay-sao-luu.pdf", "application/pdf", 3_355_443L, null, null, MoveOn.COMPLETED, null, 0));
        courses.insertLesson(new Lesson(UUID.fromString("c1100000-0000-4000-8000-000000000003"),
                new CourseId(DATA_COURSE), 2, "Phần 2. An toàn trên mạng", 1, "Video: mật khẩu và mã OTP",
                LessonKind.VIDEO, null, "mat-khau-otp.mp4", "video/mp4", 48_234_496L, "THAI",
                "/learning/courses/" + DATA_COURSE, MoveOn.NOT_APPLICABLE, null, 0));
        UUID quiz = UUID.fromString("c1100000-0000-4000-8000-000000000004");
        courses.insertLesson(new Lesson(quiz, new CourseId(DATA_COURSE), 2, "Phần 2. An toàn trên mạng", 2,
                "Kiểm tra cuối khoá", LessonKind.QUIZ, null, null, null, null, null, null, MoveOn.PASSED, 70, 0));
        courses.insertQuestion(quiz, 1, "Ai được biết mã OTP ngân hàng của HTX?",
                List.of("Không ai, kể cả người xưng là nhân viên ngân hàng", "Kế toán và người gọi điện hỏi",
                        "Bất kỳ thành viên nào"), 0);
        courses.insertQuestion(quiz, 2, "Sao lưu sổ sách nên làm thế nào?",
                List.of("Chỉ lưu trên một điện thoại", "Lưu ít nhất hai nơi, trong đó một nơi ngoài HTX",
                        "Không cần sao lưu"), 1);
        courses.insertQuestion(quiz, 3, "Tin nhắn báo trúng thưởng kèm đường link lạ thì?",
                List.of("Bấm vào ngay", "Chuyển cho cả nhóm Zalo", "Không bấm, báo cho người phụ trách"), 2);

        courses.insert(new CourseSummary(new CourseId(MARKET_COURSE), "Bán hàng trên sàn thương mại điện tử và Zalo OA",
                "Chụp ảnh sản phẩm, viết mô tả, nhận đơn và thanh toán VietQR; tập huấn tại Nghệ An kèm học trực tuyến.",
                CourseFormat.BLENDED, "40", LocalDate.of(2026, 12, 15), List.of("MARKET", "PROD"), null, List.of(), true, 70),
                now);
        courses.insertLesson(new Lesson(UUID.fromString("c1200000-0000-4000-8000-000000000001"),
                new CourseId(MARKET_COURSE), 1, "Phần 1. Gian hàng số", 1, "Chụp ảnh sản phẩm bằng điện thoại",
                LessonKind.AUDIO, null, "chup-anh.mp3", "audio/mpeg", 6_815_744L, null, null, MoveOn.COMPLETED,
                null, 0));

        courses.insert(new CourseSummary(new CourseId(BOOKS_COURSE), "Sổ sách kế toán số và hoá đơn điện tử cho HTX",
                "Tập huấn trực tiếp tại Lào Cai: phần mềm kế toán, hoá đơn điện tử, báo cáo thành viên.",
                CourseFormat.IN_PERSON, "15", LocalDate.of(2026, 12, 20), List.of("GOV", "LEAD"), null,
                List.of("HMONG", "DAO"), false, 70), now);
        courses.insertLesson(new Lesson(UUID.fromString("c1300000-0000-4000-8000-000000000001"),
                new CourseId(BOOKS_COURSE), 1, "Phần 1. Hoá đơn điện tử", 1, "Tài liệu phát tay", LessonKind.PDF,
                null, "hoa-don-dien-tu.pdf", "application/pdf", 1_887_436L, "HMONG", null, MoveOn.COMPLETED, null, 0));
    }

    private void conference() {
        var starts = LocalDateTime.of(2025, 10, 13, 8, 0).atZone(VN).toInstant();
        var ends = LocalDateTime.of(2025, 10, 13, 17, 0).atZone(VN).toInstant();
        TrainingEvent event = new TrainingEvent(new EventId(CONFERENCE),
                "Hội nghị chuyển đổi số kinh tế tập thể tỉnh Nghệ An", EventKind.CONFERENCE,
                "Chuyển đổi số HTX 2025", "40", "Phường Trường Vinh", "Hội trường Liên minh HTX tỉnh", NGHEAN,
                "Liên minh HTX tỉnh Nghệ An", starts, ends, 200, 1, 1, 1, null, 0, 0, 0);
        events.insert(event, starts.minusSeconds(30L * 86400));
        for (int i = 0; i < 200; i++) {
            UUID user = i == 0 ? MANAGER : i == 1 ? SELLER : null;
            String name = i == 0 ? "Nguyễn Văn Hùng" : i == 1 ? "Lô Thị Mai" : name(i);
            UUID id = UUID.nameUUIDFromBytes(("learning-demo-conference-" + i).getBytes());
            registrations.insert(new Registration(id, event.id(), user, name, i % 3 == 0 ? TEA_COOP : null,
                    name.contains(" Thị "), i % 4 == 1, personalCode(i), Registration.Status.REGISTERED,
                    starts.minusSeconds(86400L * (10 + i % 7)), 0), NGHEAN);
            statements.insert(new LearningStatement(UUID.nameUUIDFromBytes(("learning-demo-reg-" + i).getBytes()),
                    user != null ? user.toString() : id.toString(), name, Verb.REGISTERED, "Activity",
                    "http://localhost:8080/learning/events/" + CONFERENCE, event.title(), null, null, event.id(),
                    null, starts.minusSeconds(86400L * 10), starts.minusSeconds(86400L * 10)));
            if (i < 187) {
                var at = starts.plusSeconds(60L * (i % 50));
                checkIns.insert(new CheckIns.CheckIn(UUID.nameUUIDFromBytes(("learning-demo-in-" + i).getBytes()),
                        CONFERENCE, id, 1, i % 5 == 0 ? "NAME" : "CODE", null, at, null, false), NGHEAN);
                statements.insert(new LearningStatement(UUID.nameUUIDFromBytes(("learning-demo-att-" + i).getBytes()),
                        user != null ? user.toString() : id.toString(), name, Verb.ATTENDED, "Activity",
                        "http://localhost:8080/learning/events/" + CONFERENCE, event.title(), null, null, event.id(),
                        null, at, at));
            }
            if (i < 2) {
                String code = i == 0 ? MANAGER_CERTIFICATE : REVOKED_CERTIFICATE;
                certificates.insert(new Certificate(UUID.nameUUIDFromBytes(("learning-demo-cert-" + i).getBytes()),
                        code, user, name, HolderNames.mask(name), event.title(), event.organiserName(),
                        LocalDate.of(2025, 10, 13), Certificate.Status.VALID, null, event.id(), null), id, ends);
            }
        }
        certificates.revoke(REVOKED_CERTIFICATE, LocalDate.of(2025, 11, 3));
    }

    private void laoCaiDay() {
        LocalDate today = LocalDate.now(clock.withZone(VN));
        var starts = today.atTime(7, 30).atZone(VN).toInstant();
        if (clock.instant().isBefore(starts)) { // a demo started at night: the day is already under way
            starts = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        }
        var ends = today.plusDays(1).atTime(17, 0).atZone(VN).toInstant();
        TrainingEvent event = new TrainingEvent(new EventId(LAO_CAI_DAY),
                "Tập huấn truyền thông và công cụ số trong chuỗi giá trị quế", EventKind.TRAINING_DAY,
                "Chương trình MTQG vùng đồng bào dân tộc thiểu số và miền núi", "15", "Xã Văn Yên",
                "Nhà văn hoá xã Văn Yên", LAOCAI, "Liên minh HTX tỉnh Lào Cai", starts, ends, 60, 2, 1, 1, null, 0,
                0, 0);
        events.insert(event, clock.instant());
        for (int i = 0; i < 8; i++) {
            UUID id = UUID.nameUUIDFromBytes(("learning-demo-laocai-" + i).getBytes());
            registrations.insert(new Registration(id, event.id(), null, name(i + 300), CINNAMON_COOP, i % 2 == 0,
                    i % 3 != 2, personalCode(1000 + i), Registration.Status.REGISTERED, clock.instant(), 0), LAOCAI);
            statements.insert(new LearningStatement(UUID.nameUUIDFromBytes(("learning-demo-lc-" + i).getBytes()),
                    id.toString(), name(i + 300), Verb.REGISTERED, "Activity",
                    "http://localhost:8080/learning/events/" + LAO_CAI_DAY, event.title(), null, null, event.id(),
                    null, clock.instant(), clock.instant()));
        }
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    /** Deterministic personal codes from the certificate alphabet (demo only). */
    private static String personalCode(int i) {
        String alphabet = CertificateCodes.ALPHABET;
        StringBuilder code = new StringBuilder("DM");
        int n = i;
        for (int k = 0; k < 8; k++) {
            code.append(alphabet.charAt(n % alphabet.length()));
            n /= alphabet.length();
        }
        return code.toString();
    }
}
