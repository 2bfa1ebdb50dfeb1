package vn.htxso.platform;

/** Whether the demo data ({@link Fixture}s) of this start is still being written; a bean of the demo profile only. */
public interface FixtureProgress {

    /** True until every fixture of this start has run. */
    boolean preparing();
}
