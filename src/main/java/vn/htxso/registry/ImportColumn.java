package vn.htxso.registry;

import java.util.Arrays;
import java.util.Optional;

import vn.htxso.platform.VietnameseText;

/** The columns of API.md's cooperative import: an English key and a Vietnamese label, matched by their folded key. */
public enum ImportColumn {
    REGISTRATION_NO("registration_no", "Mã số HTX", true),
    NAME("name", "Tên", true),
    KIND("kind", "Loại hình", true),
    PROVINCE_CODE("province_code", "Mã tỉnh", true),
    COMMUNE("commune", "Xã/Phường", true),
    SECTOR("sector", "Lĩnh vực", true),
    STATUS("status", "Tình trạng", false),
    FOUNDED_ON("founded_on", "Ngày thành lập", false),
    MEMBERS("members", "Số thành viên", false),
    CHARTER_CAPITAL_VND("charter_capital_vnd", "Vốn điều lệ", false),
    YEAR("year", "Năm báo cáo", false),
    REVENUE_VND("revenue_vnd", "Doanh thu", false),
    PROFIT_VND("profit_vnd", "Lợi nhuận", false),
    WORKERS("workers", "Số lao động", false),
    AVG_WORKER_INCOME_VND("avg_worker_income_vnd", "Thu nhập bình quân người lao động", false);

    private final String key;
    private final String label;
    private final boolean required;

    ImportColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, by English key or Vietnamese label, ignoring case, spaces and diacritics. */
    public static Optional<ImportColumn> byHeader(String header) {
        String folded = VietnameseText.key(header);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(c -> VietnameseText.key(c.key).equals(folded) || VietnameseText.key(c.label).equals(folded))
                .findFirst();
    }
}
