package vn.htxso.insights;

/** The period of a series and its season length (52 weeks, 12 months). */
public enum Period {
    WEEK(52), MONTH(12);

    private final int season;

    Period(int season) {
        this.season = season;
    }

    public int season() {
        return season;
    }
}
