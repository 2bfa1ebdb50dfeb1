package vn.htxso.learning;

/** What a lesson is made of. Files of more than 20 MB are marked "Wi-Fi only". */
public enum LessonKind {
    TEXT, IMAGE, PDF, AUDIO, VIDEO, QUIZ
}
