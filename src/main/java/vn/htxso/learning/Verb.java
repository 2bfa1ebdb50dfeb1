package vn.htxso.learning;

/** The ADL verbs of the xAPI statements this module records. */
public enum Verb {
    REGISTERED("http://adlnet.gov/expapi/verbs/registered", "đã đăng ký", "registered"),
    ATTENDED("http://adlnet.gov/expapi/verbs/attended", "đã tham dự", "attended"),
    COMPLETED("http://adlnet.gov/expapi/verbs/completed", "đã hoàn thành", "completed"),
    PASSED("http://adlnet.gov/expapi/verbs/passed", "đã đạt", "passed"),
    FAILED("http://adlnet.gov/expapi/verbs/failed", "chưa đạt", "failed"),
    VOIDED("http://adlnet.gov/expapi/verbs/voided", "đã huỷ", "voided");

    private final String iri;
    private final String displayVi;
    private final String displayEn;

    Verb(String iri, String displayVi, String displayEn) {
        this.iri = iri;
        this.displayVi = displayVi;
        this.displayEn = displayEn;
    }

    public String iri() {
        return iri;
    }

    public String displayVi() {
        return displayVi;
    }

    public String displayEn() {
        return displayEn;
    }
}
