package vn.htxso.assessment;

/** The six pillars of the Ministry's DBI index and their maxima (320 points in all). */
public enum Pillar {
    CUSTOMERS(65), STRATEGY(25), INFRASTRUCTURE(80), OPERATIONS(65), CULTURE(50), DATA(35);

    public static final int TOTAL = 320;

    private final int maximum;

    Pillar(int maximum) {
        this.maximum = maximum;
    }

    public int maximum() {
        return maximum;
    }
}
