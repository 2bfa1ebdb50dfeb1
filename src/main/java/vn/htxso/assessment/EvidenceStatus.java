package vn.htxso.assessment;

/** Where an evidence-required answer stands: only {@link #VERIFIED} evidence counts. */
public enum EvidenceStatus {
    NONE, PENDING, VERIFIED, REJECTED
}
