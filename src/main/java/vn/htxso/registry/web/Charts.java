package vn.htxso.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Server-rendered bar charts: the template draws each bar with SVG presentation attributes (no styles, no
 * script), labels above the bars so they read on a phone; a table with the same numbers goes beside each chart.
 */
public record Charts(String id, String title, List<Bar> bars, int width, int height) {

    public record Bar(String label, long value, String valueText, int y, int barWidth) {
    }

    public record Item(String label, long value) {
    }

    static final int WIDTH = 320;
    static final int MAX_BAR = 230;
    static final int ROW = 34;

    public static Charts bars(String id, String title, List<Item> items, LongFunction<String> format) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Item item : items) {
            int width = max <= 0 ? 0 : (int) Math.max(item.value() > 0 ? 2 : 0, Math.round(
                    (double) item.value() / max * MAX_BAR));
            bars.add(new Bar(item.label(), item.value(), format.apply(item.value()), y, width));
            y += ROW;
        }
        return new Charts(id, title, bars, WIDTH, Math.max(y, ROW));
    }
}
