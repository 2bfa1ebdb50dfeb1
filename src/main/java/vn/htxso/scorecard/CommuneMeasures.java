package vn.htxso.scorecard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.htxso.marketplace.OperatingReport.CommuneFigures;
import vn.htxso.platform.VietnameseText;

/** Splits a province's facts by commune and computes every {@link Measure}. No data access. */
final class CommuneMeasures {

    private CommuneMeasures() {
    }

    /** Commune key → measure → value, for every commune of the facts (communes with nothing get zeros). */
    static Map<String, Map<Measure, Double>> compute(ProvinceFacts facts) {
        Map<String, List<ProvinceFacts.Organisation>> byCommune = new HashMap<>();
        facts.organisations().forEach(o -> byCommune.computeIfAbsent(o.communeKey(), k -> new java.util.ArrayList<>()).add(o));
        Map<String, CommuneFigures> market = new HashMap<>();
        facts.market().forEach((name, figures) -> market.merge(VietnameseText.key(name), figures, CommuneMeasures::plus));
        Map<String, Map<Measure, Double>> result = new HashMap<>();
        for (String commune : facts.communes().keySet()) {
            List<ProvinceFacts.Organisation> organisations = byCommune.getOrDefault(commune, List.of());
            result.put(commune, measures(organisations, facts, market.get(commune)));
        }
        return result;
    }

    private static Map<Measure, Double> measures(List<ProvinceFacts.Organisation> organisations, ProvinceFacts facts,
                                                 CommuneFigures market) {
        Map<Measure, Double> values = new EnumMap<>(Measure.class);
        int active = 0;
        int assessed = 0;
        int levelSum = 0;
        int levelTwo = 0;
        int lots = 0;
        for (ProvinceFacts.Organisation o : organisations) {
            lots += facts.lotsPublished().getOrDefault(o.id(), 0);
            if (!o.active()) {
                continue;
            }
            active++;
            Integer level = facts.levels().get(o.id());
            if (level != null) {
                assessed++;
                levelSum += level;
                if (level >= 2) {
                    levelTwo++;
                }
            }
        }
        values.put(Measure.COOPS, (double) active);
        values.put(Measure.COOPS_ASSESSED_SHARE, share(assessed, active));
        values.put(Measure.AVERAGE_DMI_LEVEL, assessed == 0 ? 0 : round((double) levelSum / assessed));
        values.put(Measure.COOPS_LEVEL2_SHARE, share(levelTwo, active));
        CommuneFigures m = market == null ? new CommuneFigures(0, 0, 0, 0, 0, 0) : market;
        values.put(Measure.SHOPS_ONLINE, (double) m.verifiedShops());
        values.put(Measure.ACTIVE_PRODUCTS, (double) m.activeProducts());
        values.put(Measure.OCOP_PRODUCTS_ONLINE, (double) m.ocopProducts());
        values.put(Measure.ORDERS_12M, (double) m.orders());
        values.put(Measure.SALES_12M, (double) m.salesVnd());
        values.put(Measure.VIETQR_SHARE, share(m.vietQrOrders(), m.orders()));
        values.put(Measure.LOTS_PUBLISHED, (double) lots);
        return values;
    }

    /** {@code part / whole} in %, one decimal; 0 when the whole is 0. */
    static double share(long part, long whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static CommuneFigures plus(CommuneFigures a, CommuneFigures b) {
        return new CommuneFigures(a.verifiedShops() + b.verifiedShops(), a.activeProducts() + b.activeProducts(),
                a.ocopProducts() + b.ocopProducts(), a.orders() + b.orders(), a.vietQrOrders() + b.vietQrOrders(),
                a.salesVnd() + b.salesVnd());
    }
}
