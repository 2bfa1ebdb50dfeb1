package vn.htxso.platform;

/**
 * Published (in the loading thread) once every {@link Fixture} of this start has run, for work that must follow
 * the demo data, such as indexing rows that the fixtures inserted by SQL.
 */
public record FixturesLoaded() {
}
