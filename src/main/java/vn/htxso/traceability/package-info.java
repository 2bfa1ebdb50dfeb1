/**
 * Value-chain traceability: farm diary, lots, EPCIS 2.0 events, GS1 Digital Link and the public trace page.
 *
 * <p>Decisions this module makes:
 * <ul>
 *   <li><b>Pre-harvest interval.</b> A harvest on a VietGAP or organic plot while a pesticide's interval is not over
 *   is refused (422, naming the product, the day it was sprayed and the days left). On a plot that follows no
 *   standard it is recorded, but the lot carries a flag that its public trace page shows.</li>
 *   <li><b>Quantities.</b> A processing step may lose weight (drying); outputs heavier than inputs, or in units that
 *   cannot be compared with them (kg in, packs out), need a declared reason. Inputs and shipments are taken out of
 *   the lot's remaining quantity; packing and receiving are recorded without changing it.</li>
 *   <li><b>Publishing.</b> Publishing a lot publishes every lot upstream of it, makes their trace pages public and
 *   freezes the diary logs of their seasons: an edit is a 409, a correction is a new log pointing to the old one.
 *   Unpublished lots are visible only to their own co-op.</li>
 *   <li><b>GS1 numbers.</b> GTIN-14 = indicator 0, the co-op's GS1 company prefix, an item reference, check digit.
 *   A co-op without a prefix gets a restricted-circulation one ({@code 20xxxxx}) until it enters its own.</li>
 *   <li><b>Privacy.</b> The public page shows no ID numbers or phones; member names only when the co-op ticks
 *   "publish member names" in its settings.</li>
 * </ul>
 *
 * <p>API: {@link vn.htxso.traceability.Traceability} (the lots a co-op sees, its settings),
 * {@link vn.htxso.traceability.LotSteps} (process, pack, ship, receive), {@link vn.htxso.traceability.LotPublishing},
 * {@link vn.htxso.traceability.FarmDiary}, {@link vn.htxso.traceability.TraceDocuments}, and the SPI
 * {@link vn.htxso.traceability.MarketListings} the marketplace implements. Over the ~300-line mark, to split next:
 * {@code FarmDiary} (320 lines: plots vs logs; the offline sync and the repeated-entry check made it grow) and
 * {@code TraceDocuments} (327: the EPCIS export, the public story and the import share one event mapping; the next cut
 * is the import with its length and date checks into its own service).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Traceability",
        allowedDependencies = {"platform", "registry"})
package vn.htxso.traceability;
