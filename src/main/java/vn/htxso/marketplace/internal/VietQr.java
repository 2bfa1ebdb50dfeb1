package vn.htxso.marketplace.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import vn.htxso.platform.VietnameseText;

/**
 * VietQR payloads (NAPAS, EMVCo merchant-presented QR): fields {@code ID(2) LENGTH(2) VALUE}, ending with a
 * CRC-16/CCITT-FALSE over the whole string including {@code 6304}.
 */
public final class VietQr {

    public static final String NAPAS_GUID = "A000000727";
    public static final String TO_ACCOUNT = "QRIBFTTA";

    private VietQr() {
    }

    /**
     * A dynamic payload (with amount) for a transfer to a bank account.
     *
     * @param billNumber an optional bill number (field 62-01), or {@code null}
     * @param purpose the purpose (field 62-08), folded to ASCII
     */
    public static String payload(String bankBin, String accountNumber, Long amountVnd, String billNumber,
                                 String purpose) {
        if (bankBin == null || !bankBin.matches("\\d{6}")) {
            throw new IllegalArgumentException("bank BIN must be 6 digits");
        }
        if (accountNumber == null || !accountNumber.matches("[0-9A-Za-z]{1,19}")) {
            throw new IllegalArgumentException("account number must be 1-19 letters or digits");
        }
        StringBuilder out = new StringBuilder();
        out.append(field("00", "01"));
        out.append(field("01", amountVnd == null ? "11" : "12"));
        String beneficiary = field("00", bankBin) + field("01", accountNumber);
        out.append(field("38", field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TO_ACCOUNT)));
        out.append(field("53", "704"));
        if (amountVnd != null) {
            if (amountVnd < 1) {
                throw new IllegalArgumentException("amount must be positive");
            }
            out.append(field("54", Long.toString(amountVnd)));
        }
        out.append(field("58", "VN"));
        StringBuilder additional = new StringBuilder();
        if (billNumber != null && !billNumber.isBlank()) {
            additional.append(field("01", VietnameseText.ascii(billNumber)));
        }
        if (purpose != null && !purpose.isBlank()) {
            String ascii = VietnameseText.ascii(purpose).strip();
            additional.append(field("08", ascii.length() > 25 ? ascii.substring(0, 25) : ascii));
        }
        if (!additional.isEmpty()) {
            out.append(field("62", additional.toString()));
        }
        out.append("6304");
        return out + crc16(out.toString());
    }

    static String field(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + id + " longer than 99");
        }
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) as 4 upper-case hex digits. */
    public static String crc16(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    /** Parses one level of TLV fields (id → value), in order. */
    public static Map<String, String> parse(String tlv) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < tlv.length()) {
            if (i + 4 > tlv.length()) {
                throw new IllegalArgumentException("truncated field at " + i);
            }
            String id = tlv.substring(i, i + 2);
            int length = Integer.parseInt(tlv.substring(i + 2, i + 4));
            if (i + 4 + length > tlv.length()) {
                throw new IllegalArgumentException("field " + id + " runs past the end");
            }
            fields.put(id, tlv.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        return fields;
    }
}
