package vn.htxso.platform;

/** A commune or ward of a province. */
public record Commune(String code, String name, String provinceCode) {
}
