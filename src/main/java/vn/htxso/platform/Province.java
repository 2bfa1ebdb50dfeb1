package vn.htxso.platform;

/** One of the 34 provinces (since 1 July 2025). */
public record Province(String code, String name) {
}
