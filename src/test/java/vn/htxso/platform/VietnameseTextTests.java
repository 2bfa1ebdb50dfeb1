package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTests {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertThat(VietnameseText.fold("Mật ong bạc hà")).isEqualTo("mat ong bac ha");
        assertThat(VietnameseText.fold("ĐỒNG VĂN")).isEqualTo("dong van");
        assertThat(VietnameseText.fold("  Thủy sản ")).isEqualTo("thuy san");
    }

    @Test
    void keysIgnoreSpacesAndPunctuation() {
        assertThat(VietnameseText.key("Mã số HTX")).isEqualTo("masohtx");
        assertThat(VietnameseText.key("registration_no")).isEqualTo("registrationno");
        assertThat(VietnameseText.key("Thu nhập bình quân người lao động"))
                .isEqualTo("thunhapbinhquannguoilaodong");
    }

    @Test
    void asciiKeepsOnlyPrintableAscii() {
        assertThat(VietnameseText.ascii("Thanh toán đơn hàng DH-001")).isEqualTo("Thanh toan don hang DH-001");
    }
}
