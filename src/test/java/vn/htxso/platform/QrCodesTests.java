package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class QrCodesTests {

    @Test
    void everyLinkOfTheKindsThePlatformPrintsReadsBack() {
        // random links like those on news posts, lots and check-in cards: each must decode to exactly its text
        for (int i = 0; i < 1_000; i++) {
            String link = "http://localhost:8080/learning/news/" + UUID.randomUUID();
            assertThat(QrImages.text(QrCodes.png(link, 320))).isEqualTo(link);
        }
    }

    @Test
    void vietnameseTextSurvivesAsUtf8() {
        String text = "Chè Shan tuyết Suối Giàng — lô 2026/11";
        assertThat(QrImages.text(QrCodes.png(text, 240))).isEqualTo(text);
    }
}
