package vn.htxso.scorecard.web;

import java.util.List;

import vn.htxso.platform.VietnameseText;
import vn.htxso.scorecard.CommuneScorecard;

/**
 * The province page's filters: part of a commune's name (ignoring case and diacritics) and a score band (HIGH ≥ 80,
 * MID 50–80, LOW under 50).
 */
record CommuneFilter(String q, String band) {

    static CommuneFilter of(String q, String band) {
        String b = band == null ? "" : band.strip().toUpperCase(java.util.Locale.ROOT);
        return new CommuneFilter(q == null ? "" : q.strip(),
                List.of("HIGH", "MID", "LOW").contains(b) ? b : "");
    }

    boolean accepts(CommuneScorecard c) {
        if (!q.isEmpty() && !VietnameseText.key(c.communeName()).contains(VietnameseText.key(q))) {
            return false;
        }
        return switch (band) {
            case "HIGH" -> c.score() >= 80;
            case "MID" -> c.score() >= 50 && c.score() < 80;
            case "LOW" -> c.score() < 50;
            default -> true;
        };
    }

    List<CommuneScorecard> apply(List<CommuneScorecard> communes) {
        return communes.stream().filter(this::accepts).toList();
    }
}
