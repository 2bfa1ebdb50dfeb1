package vn.htxso.registry;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.htxso.support.BrowserTest;

class RegistryBrowserTests extends BrowserTest {

    static final String HEADER = "Mã số HTX,Tên,Loại hình,Mã tỉnh,Xã/Phường,Lĩnh vực,Tình trạng,Ngày thành lập,"
            + "Số thành viên,Năm báo cáo,Doanh thu\n";

    static FilePayload csv(String name, String body) {
        return new FilePayload(name, "text/csv", ("\uFEFF" + HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    long figure(String css) {
        return Long.parseLong(page.locator(css).first().innerText().replaceAll("[^0-9]", ""));
    }

    @Test
    void importShowsBadCellsThenCommitsAndTheDashboardChanges() {
        String prefix = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        signIn("nghean");
        page.navigate("/registry/dashboard");
        long before = figure(".figure-total");
        long membersBefore = figure(".figure-members");

        page.navigate("/registry/import");
        page.getByLabel("Tệp danh sách (.xlsx hoặc .csv, tối đa 20 MB)").setInputFiles(csv("htx.csv",
                prefix + "1,HTX Mật ong Con Cuông,HTX,40,Xã Con Cuông,nông nghiệp,đang hoạt động,12/03/2019,20,2025,900000000\n"
                        + prefix + "2,HTX Cam Vinh,HTX,40,Xã Nghĩa Đàn,nong nghiep,active,31/02/2020,15,2025,1200000000\n"
                        + prefix + "3,HTX Dệt Kỳ Sơn,HTX,40,Xã Kỳ Sơn,bơi lội,đang hoạt động,2018-05-01,9,2025,400000000\n"));
        page.getByText("Kiểm tra tệp").click();
        assertThat(page.locator("table.import-errors")).isVisible();
        assertThat(page.locator("table.import-errors tbody tr")).hasCount(2);
        assertThat(page.locator("table.import-errors tbody tr").nth(0)).containsText("3");
        assertThat(page.locator("table.import-errors tbody tr").nth(0)).containsText("Ngày thành lập");
        assertThat(page.locator("table.import-errors tbody tr").nth(0)).containsText("31/02/2020");
        assertThat(page.locator("table.import-errors tbody tr").nth(1)).containsText("Lĩnh vực");
        assertThat(page.locator("table.import-errors tbody tr").nth(1)).containsText("bơi lội");
        assertThat(page.locator("form[action$='/commit']")).hasCount(0);
        screenshot("registry-import-errors");

        page.getByText("Chọn tệp khác").first().click();
        page.getByLabel("Tệp danh sách (.xlsx hoặc .csv, tối đa 20 MB)").setInputFiles(csv("htx-sua.csv",
                prefix + "1,HTX Mật ong Con Cuông,HTX,40,Xã Con Cuông,nông nghiệp,đang hoạt động,12/03/2019,20,2025,900000000\n"
                        + prefix + "2,HTX Cam Vinh,HTX,40,Xã Nghĩa Đàn,nong nghiep,active,28/02/2020,15,2025,1200000000\n"
                        + prefix + "3,HTX Dệt Kỳ Sơn,HTX,40,Xã Kỳ Sơn,tiểu thủ công nghiệp,đang hoạt động,2018-05-01,9,2025,400000000\n"));
        page.getByText("Kiểm tra tệp").click();
        page.locator("form[action$='/commit'] button").click();
        assertThat(page.getByText("Đã nhập xong: 3 tổ chức mới")).isVisible();

        page.navigate("/registry/dashboard");
        assertThat(figure(".figure-total")).isEqualTo(before + 3);
        assertThat(figure(".figure-members")).isEqualTo(membersBefore + 44);
        screenshot("registry-dashboard");
        page.navigate("/registry?q=" + prefix);
        assertThat(page.getByText("HTX Mật ong Con Cuông")).isVisible();
    }

    @Test
    void aProvinceAdminCannotReachAnotherProvincesOrganisation() {
        signIn("nghean");
        page.navigate("/registry/organisations/a0000000-0000-4000-8000-000000000001");
        assertThat(page.locator("h1")).hasText("HTX Chè Thanh Chương");
        screenshot("registry-organisation");
        var response = page.navigate("/registry/organisations/a0000000-0000-4000-8000-000000000002");
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("body")).not().containsText("Quế Hồi");
        page.navigate("/registry?q=que hoi");
        assertThat(page.locator("body")).not().containsText("Quế Hồi");
        screenshot("registry-list");
    }
}
