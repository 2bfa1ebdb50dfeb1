package vn.htxso.marketplace.web;

import java.util.Map;

/**
 * The names buyers know the banks by, from the six-digit NAPAS BIN a VietQR code carries (the members of NAPAS's
 * VietQR service most co-ops bank with). An unknown BIN shows as itself.
 */
final class NapasBanks {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("970405", "Agribank"), Map.entry("970418", "BIDV"), Map.entry("970436", "Vietcombank"),
            Map.entry("970415", "VietinBank"), Map.entry("970422", "MB"), Map.entry("970407", "Techcombank"),
            Map.entry("970416", "ACB"), Map.entry("970432", "VPBank"), Map.entry("970423", "TPBank"),
            Map.entry("970403", "Sacombank"), Map.entry("970437", "HDBank"), Map.entry("970441", "VIB"),
            Map.entry("970443", "SHB"), Map.entry("970431", "Eximbank"), Map.entry("970426", "MSB"),
            Map.entry("970448", "OCB"), Map.entry("970454", "BVBank"), Map.entry("970429", "SCB"),
            Map.entry("970440", "SeABank"), Map.entry("970452", "KienlongBank"), Map.entry("970449", "LPBank"),
            Map.entry("970428", "Nam A Bank"), Map.entry("970409", "Bac A Bank"), Map.entry("970412", "PVcomBank"),
            Map.entry("970430", "PGBank"), Map.entry("970433", "VietBank"), Map.entry("970438", "BaoViet Bank"),
            Map.entry("970400", "Saigonbank"), Map.entry("970427", "VietABank"), Map.entry("970419", "NCB"),
            Map.entry("970425", "ABBANK"), Map.entry("970406", "DongA Bank"), Map.entry("970439", "Public Bank"),
            Map.entry("970434", "Indovina Bank"), Map.entry("970424", "Shinhan Bank"),
            Map.entry("970457", "Woori Bank"), Map.entry("970421", "VRB"), Map.entry("970458", "UOB"));

    private NapasBanks() {
    }

    /** "Agribank (970405)", or the BIN alone when unknown. */
    static String label(String bin) {
        String name = bin == null ? null : NAMES.get(bin);
        return name == null ? bin : name + " (" + bin + ")";
    }
}
