package vn.htxso.scorecard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.htxso.marketplace.OperatingReport.CommuneFigures;

/**
 * What the other modules say about one province for one period, before it is split by commune.
 *
 * @param communes the province's communes: key ({@link vn.htxso.platform.VietnameseText#key}) → name as shown
 * @param organisations every organisation of the province with the key of its commune
 * @param levels the latest assessment level by the end of the period, per assessed organisation
 * @param market market figures by the commune name the shops write
 * @param lotsPublished lots published in the year, per organisation
 */
record ProvinceFacts(Periods periods, Map<String, String> communes, List<Organisation> organisations,
                     Map<UUID, Integer> levels, Map<String, CommuneFigures> market, Map<UUID, Integer> lotsPublished) {

    /** An organisation as the measures need it. */
    record Organisation(UUID id, String communeKey, boolean active) {
    }
}
