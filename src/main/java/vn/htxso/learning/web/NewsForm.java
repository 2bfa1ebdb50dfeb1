package vn.htxso.learning.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.htxso.learning.CourseId;
import vn.htxso.learning.EventId;
import vn.htxso.learning.NewsDesk;
import vn.htxso.learning.NewsPost;

/** An officer's form for a news post; the image comes as a separate file part ({@code photo}). */
class NewsForm {

    @NotBlank(message = "{learning.news.title.required}")
    @Size(max = 200, message = "{learning.news.title.size}")
    private String title;
    @NotBlank(message = "{learning.news.body.required}")
    @Size(max = 20000, message = "{learning.news.body.size}")
    private String body;
    /** Empty: a national post. */
    @Pattern(regexp = "|\\d{2}", message = "{learning.event.province.unknown}")
    private String provinceCode;
    @Size(max = 200, message = "{learning.event.programme.size}")
    private String programme;
    private UUID eventId;
    private UUID courseId;
    private boolean publish = true;
    private boolean removeImage;
    private int version;

    static NewsForm of(NewsPost post) {
        NewsForm form = new NewsForm();
        form.title = post.title();
        form.body = post.body();
        form.provinceCode = post.provinceCode() == null ? "" : post.provinceCode();
        form.programme = post.programme();
        form.eventId = post.eventId() == null ? null : post.eventId().value();
        form.courseId = post.courseId() == null ? null : post.courseId().value();
        form.publish = post.published();
        form.version = post.version();
        return form;
    }

    NewsDesk.Draft toDraft(byte[] image, String imageType) {
        return new NewsDesk.Draft(title, body, provinceCode == null || provinceCode.isBlank() ? null : provinceCode,
                programme, eventId == null ? null : new EventId(eventId), courseId == null ? null : new CourseId(courseId),
                publish, image, imageType, removeImage);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public UUID getEventId() { return eventId; }
    public void setEventId(UUID eventId) { this.eventId = eventId; }
    public UUID getCourseId() { return courseId; }
    public void setCourseId(UUID courseId) { this.courseId = courseId; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
    public boolean isRemoveImage() { return removeImage; }
    public void setRemoveImage(boolean removeImage) { this.removeImage = removeImage; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
