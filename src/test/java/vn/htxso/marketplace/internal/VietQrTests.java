package vn.htxso.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class VietQrTests {

    static final String NAPAS_EXAMPLE = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
            + "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

    @Test
    void crcOfTheStandardCheckString() {
        assertThat(VietQr.crc16("123456789")).isEqualTo("29B1");
    }

    @Test
    void crcOfTheNapasExample() {
        String withoutCrc = NAPAS_EXAMPLE.substring(0, NAPAS_EXAMPLE.length() - 4);
        assertThat(VietQr.crc16(withoutCrc)).isEqualTo("2E2E");
    }

    @Test
    void reproducesTheNapasExampleExactly() {
        assertThat(VietQr.payload("970403", "0011012345678", 180_000L, "NPS6869", "thanh toan don hang"))
                .isEqualTo(NAPAS_EXAMPLE);
    }

    @Test
    void ourPayloadDecodesToItsFields() {
        String payload = VietQr.payload("970418", "21510001234567", 1_250_000L, null, "DH261123ABCDEF");
        Map<String, String> top = VietQr.parse(payload);
        assertThat(top.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        assertThat(top.get("00")).isEqualTo("01");
        assertThat(top.get("01")).isEqualTo("12");
        Map<String, String> merchant = VietQr.parse(top.get("38"));
        assertThat(merchant.get("00")).isEqualTo("A000000727");
        assertThat(merchant.get("02")).isEqualTo("QRIBFTTA");
        Map<String, String> beneficiary = VietQr.parse(merchant.get("01"));
        assertThat(beneficiary).containsEntry("00", "970418").containsEntry("01", "21510001234567");
        assertThat(top.get("53")).isEqualTo("704");
        assertThat(top.get("54")).isEqualTo("1250000");
        assertThat(top.get("58")).isEqualTo("VN");
        assertThat(VietQr.parse(top.get("62"))).containsEntry("08", "DH261123ABCDEF");
        assertThat(top.get("63")).hasSize(4);
        assertThat(VietQr.crc16(payload.substring(0, payload.length() - 4))).isEqualTo(top.get("63"));
    }

    @Test
    void purposeIsFoldedToAscii() {
        String payload = VietQr.payload("970405", "3600205123456", 50_000L, null, "Thanh toán đơn");
        Map<String, String> additional = VietQr.parse(VietQr.parse(payload).get("62"));
        assertThat(additional.get("08")).isEqualTo("Thanh toan don");
    }

    @Test
    void refusesABadBin() {
        assertThatThrownBy(() -> VietQr.payload("9704", "123", 1L, null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
