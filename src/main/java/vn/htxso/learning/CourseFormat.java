package vn.htxso.learning;

public enum CourseFormat {
    ONLINE, IN_PERSON, BLENDED
}
