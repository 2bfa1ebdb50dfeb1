package vn.htxso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CurrentUserTests {

    private static final UUID COOP = UUID.randomUUID();

    @Test
    void provinceAdminAdministersOnlyItsProvince() {
        CurrentUser nghean = new CurrentUser(UUID.randomUUID(), "nghean", "Nghệ An", Set.of(Role.PROVINCE_ADMIN),
                "40", null, null);
        assertThat(nghean.administers("40")).isTrue();
        assertThat(nghean.administers("15")).isFalse();
        assertThat(nghean.isNationalAdmin()).isFalse();
    }

    @Test
    void nationalAdminAdministersEveryProvince() {
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "admin", "VCA", Set.of(Role.NATIONAL_ADMIN), null,
                null, null);
        assertThat(admin.administers("15")).isTrue();
        assertThat(admin.administers("40")).isTrue();
    }

    @Test
    void managerManagesOnlyItsOrganisationAndASellerBelongsButDoesNotManage() {
        CurrentUser manager = new CurrentUser(UUID.randomUUID(), "m", "M", Set.of(Role.COOP_MANAGER), "40", COOP,
                null);
        CurrentUser seller = new CurrentUser(UUID.randomUUID(), "s", "S", Set.of(Role.MEMBER_SELLER), "40", COOP,
                null);
        assertThat(manager.manages(COOP)).isTrue();
        assertThat(manager.manages(UUID.randomUUID())).isFalse();
        assertThat(seller.belongsTo(COOP)).isTrue();
        assertThat(seller.manages(COOP)).isFalse();
        assertThat(manager.administers("40")).isFalse();
    }
}
