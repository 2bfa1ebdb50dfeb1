package vn.htxso.platform;

/**
 * One module's demo data, a fixture (beans of the {@code demo} profile only, named {@code Demo…} in the module's
 * {@code internal}). The platform runs every fixture once per start, in
 * {@link org.springframework.core.annotation.Order @Order}, after the application answers: in the background by
 * default (the health group {@code /actuator/health/demo} and a note on every page say that the demo data is still
 * being prepared), or before the start completes with {@code htxso.demo.background=false} (the tests). A fixture is
 * idempotent: it writes what is missing and leaves what is there, so a restart on existing data adds nothing, and a
 * start stopped half-way completes the data at the next one. Each fixture commits in its own transaction(s).
 */
public interface Fixture {

    /** Writes this module's demo data unless it is already there. */
    void load();
}
