package vn.htxso.learning;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A news post of the alliances (communication): for a province, or national when {@code provinceCode} is null;
 * optionally tied to an event, a course or a programme. The body is plain text (paragraphs split by blank lines).
 */
public record NewsPost(UUID id, String title, String body, String provinceCode, String programme, EventId eventId,
                       CourseId courseId, String imageType, Integer imageBytes, UUID authorId, String authorName,
                       boolean published, Instant publishedAt, Instant createdAt, Instant updatedAt, int version) {

    public boolean hasImage() {
        return imageType != null;
    }

    public boolean national() {
        return provinceCode == null;
    }

    /** The body's paragraphs (blank lines between them), each shown as a paragraph of text. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The first words of the body for a list. */
    public String excerpt() {
        String text = body.replaceAll("\\s+", " ").strip();
        if (text.length() <= 180) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 180);
        return text.substring(0, cut > 80 ? cut : 180) + " …";
    }
}
