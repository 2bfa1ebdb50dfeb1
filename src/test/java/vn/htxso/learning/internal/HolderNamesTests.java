package vn.htxso.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolderNamesTests {

    @Test
    void theFamilyNameStaysAndTheOthersBecomeInitials() {
        assertThat(HolderNames.mask("Nguyễn Thị Hoa")).isEqualTo("Nguyễn T. H.");
        assertThat(HolderNames.mask("Nguyễn Văn Hùng (Giám đốc HTX Chè Thanh Chương)")).isEqualTo("Nguyễn V. H.");
        assertThat(HolderNames.mask("  Lô   Thị Mai ")).isEqualTo("Lô T. M.");
        assertThat(HolderNames.mask("Đinh")).isEqualTo("Đinh");
        assertThat(HolderNames.mask(null)).isEmpty();
    }
}
