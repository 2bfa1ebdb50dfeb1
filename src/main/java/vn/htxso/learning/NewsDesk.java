package vn.htxso.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.learning.internal.Courses;
import vn.htxso.learning.internal.NewsPosts;
import vn.htxso.learning.internal.TrainingEvents;
import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.BusinessRuleViolation.FieldProblem;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.UploadChecker;

/**
 * News posts (communication): alliance officers write them for their province (a national admin also for the whole
 * country), publish them or keep them as drafts; anyone reads published posts. An officer never sees or changes
 * another province's posts (404, as if they did not exist).
 */
@Service
public class NewsDesk {

    /** The largest image of a post. */
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final NewsPosts posts;
    private final TrainingEvents events;
    private final Courses courses;
    private final AdminUnits adminUnits;
    private final UploadChecker uploads;
    private final AuditLog auditLog;
    private final Clock clock;

    NewsDesk(NewsPosts posts, TrainingEvents events, Courses courses, AdminUnits adminUnits, UploadChecker uploads,
             AuditLog auditLog, Clock clock) {
        this.posts = posts;
        this.events = events;
        this.courses = courses;
        this.adminUnits = adminUnits;
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * What an officer writes. {@code provinceCode} null: a national post. {@code image} null keeps the stored one
     * (or none), unless {@code removeImage}.
     */
    public record Draft(String title, String body, String provinceCode, String programme, EventId eventId,
                        CourseId courseId, boolean publish, byte[] image, String imageType, boolean removeImage) {
    }

    public record Page(List<NewsPost> items, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** Published posts, newest first: of a province and the national ones, or all ({@code province} null). */
    @Transactional(readOnly = true)
    public Page published(String province, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        int p = Math.max(page, 0);
        String code = province == null || province.isBlank() ? null : province.strip();
        return new Page(posts.published(code, p * limit, limit), posts.countPublished(code), p, limit);
    }

    /** A published post; a draft only for the officers who may change it. */
    @Transactional(readOnly = true)
    public NewsPost post(CurrentUser user, UUID id) {
        NewsPost post = posts.find(id).orElseThrow(() -> new NotFound("news"));
        if (!post.published() && !mayChange(user, post.provinceCode())) {
            throw new NotFound("news");
        }
        return post;
    }

    /** Published posts tied to an event. */
    @Transactional(readOnly = true)
    public List<NewsPost> ofEvent(EventId event) {
        return posts.ofEvent(event.value());
    }

    /** The image of a post the user may read. */
    @Transactional(readOnly = true)
    public NewsImage image(CurrentUser user, UUID id) {
        post(user, id);
        return posts.image(id).orElseThrow(() -> new NotFound("image"));
    }

    /** An officer's posts: a province admin those of their province, a national admin all. */
    @Transactional(readOnly = true)
    public List<NewsPost> managed(CurrentUser user) {
        requireOfficer(user);
        return posts.managed(user.isNationalAdmin() ? null : user.provinceCode());
    }

    /** A post the officer may edit (another province's: 404). */
    @Transactional(readOnly = true)
    public NewsPost forEdit(CurrentUser user, UUID id) {
        requireOfficer(user);
        NewsPost post = posts.find(id).orElseThrow(() -> new NotFound("news"));
        if (!mayChange(user, post.provinceCode())) {
            throw new NotFound("news");
        }
        return post;
    }

    @Transactional
    public UUID write(CurrentUser user, Draft draft) {
        requireOfficer(user);
        NewsImage image = check(user, draft);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        NewsPost post = new NewsPost(UUID.randomUUID(), draft.title().strip(), draft.body().strip(),
                draft.provinceCode(), blankToNull(draft.programme()), draft.eventId(), draft.courseId(), null, null,
                user.id(), user.displayName(), draft.publish(), draft.publish() ? now : null, now, now, 0);
        posts.insert(post, image);
        auditLog.record(AuditEntry.of("learning.news.created", "news", post.id(),
                post.title() + (post.published() ? " published" : " draft")).inProvince(post.provinceCode()));
        return post.id();
    }

    /** Saves an edit made on {@code version}; someone else's save in between is a 409. */
    @Transactional
    public void update(CurrentUser user, UUID id, int version, Draft draft) {
        NewsPost old = forEdit(user, id);
        NewsImage image = check(user, draft);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant publishedAt = !draft.publish() ? null : old.publishedAt() != null ? old.publishedAt() : now;
        NewsPost post = new NewsPost(id, draft.title().strip(), draft.body().strip(), draft.provinceCode(),
                blankToNull(draft.programme()), draft.eventId(), draft.courseId(), old.imageType(), old.imageBytes(),
                old.authorId(), old.authorName(), draft.publish(), publishedAt, old.createdAt(), now, version);
        if (!posts.update(post, version, image, draft.removeImage())) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "learning.news.stale");
        }
        auditLog.record(AuditEntry.of("learning.news.changed", "news", id,
                post.title() + (post.published() ? " published" : " draft")
                        + (old.provinceCode() == null ? "" : " from=" + old.provinceCode()))
                .inProvince(post.provinceCode()));
    }

    @Transactional
    public void delete(CurrentUser user, UUID id) {
        NewsPost post = forEdit(user, id);
        posts.delete(id);
        auditLog.record(AuditEntry.of("learning.news.deleted", "news", id, post.title())
                .inProvince(post.provinceCode()));
    }

    /** Whether the user may change posts of {@code province} ({@code null}: national posts, national admins only). */
    public static boolean mayChange(CurrentUser user, String province) {
        return user != null && user.administers(province);
    }

    /** Only officers (province or national admins) write news: anyone else is refused (403). */
    public void requireOfficer(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
    }

    /** Checks the links and the image; the province must be the officer's (another one is a 403). */
    private NewsImage check(CurrentUser user, Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.provinceCode() != null && !adminUnits.isProvince(draft.provinceCode())) {
            problems.add(new FieldProblem("provinceCode", "learning.event.province.unknown"));
        }
        if (draft.eventId() != null && events.find(draft.eventId().value()).isEmpty()) {
            problems.add(new FieldProblem("eventId", "learning.news.event.unknown"));
        }
        if (draft.courseId() != null && courses.find(draft.courseId().value()).isEmpty()) {
            problems.add(new FieldProblem("courseId", "learning.news.course.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, problems, "learning.news.invalid");
        }
        if (!mayChange(user, draft.provinceCode())) {
            throw new Forbidden();
        }
        if (draft.image() == null) {
            return null;
        }
        if (draft.image().length == 0) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT,
                    List.of(new FieldProblem("photo", "learning.news.image.empty")), "learning.news.image.empty");
        }
        if (draft.image().length > MAX_IMAGE_BYTES) {
            throw new BusinessRuleViolation(HttpStatus.CONTENT_TOO_LARGE,
                    List.of(new FieldProblem("photo", "learning.news.image.tooLarge")), "learning.news.image.tooLarge",
                    MAX_IMAGE_BYTES / 1024 / 1024);
        }
        String declared = draft.imageType() == null ? null
                : draft.imageType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        return new NewsImage(draft.image(), uploads.image(draft.image(), declared).contentType());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
