package vn.htxso.marketplace.web;

/** A bar of a server-rendered SVG chart, in SVG user units. */
public record ChartBar(String label, String value, int x, int y, int width, int height) {
}
