package vn.htxso.learning;

/** Conference (hội nghị), training day (tập huấn), field day (hội thảo đầu bờ). */
public enum EventKind {
    CONFERENCE, TRAINING_DAY, FIELD_DAY
}
