package vn.htxso.learning;

import java.util.UUID;

/**
 * A lesson of a course module.
 *
 * @param fileSizeBytes the size of its file (PDF, audio, video, image), {@code null} for text and quizzes
 * @param ethnicLanguage the ethnic language of this version (Thái, Hmông, Dao …), {@code null} for Vietnamese
 * @param audioVersion a link to the audio version for members who read little
 * @param passMark the quiz's pass mark in percent ({@code null}: the course's)
 */
public record Lesson(UUID id, CourseId courseId, int modulePosition, String moduleTitle, int position, String title,
                     LessonKind kind, String body, String fileName, String contentType, Long fileSizeBytes,
                     String ethnicLanguage, String audioVersion, MoveOn moveOn, Integer passMark, int questions) {

    /** Files above 20 MB are for Wi-Fi only. */
    public static final long WIFI_ONLY_BYTES = 20L * 1024 * 1024;

    public boolean wifiOnly() {
        return fileSizeBytes != null && fileSizeBytes > WIFI_ONLY_BYTES;
    }

    public double sizeMegabytes() {
        return fileSizeBytes == null ? 0 : fileSizeBytes / (1024.0 * 1024.0);
    }
}
