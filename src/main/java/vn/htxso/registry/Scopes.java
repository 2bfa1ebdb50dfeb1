package vn.htxso.registry;

import org.springframework.http.HttpStatus;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.Role;

/** Who may see which province's registry data. */
public final class Scopes {

    private Scopes() {
    }

    /** Lists: a national admin chooses (or sees all, {@code null}); a province admin is held to its own province. */
    public static String listProvince(CurrentUser user, String requested, AdminUnits units) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        if (user.isNationalAdmin()) {
            return checked(blankToNull(requested), units);
        }
        return user.provinceCode();
    }

    /** Statistics: as lists, but a province admin asking for another province is refused (403). */
    public static String statisticsProvince(CurrentUser user, String requested, AdminUnits units) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        String province = blankToNull(requested);
        if (user.isNationalAdmin()) {
            return checked(province, units);
        }
        if (province != null && !province.equals(user.provinceCode())) {
            throw new Forbidden();
        }
        return user.provinceCode();
    }

    public static boolean isProvinceAdmin(CurrentUser user) {
        return user != null && user.has(Role.PROVINCE_ADMIN) && !user.isNationalAdmin();
    }

    private static String checked(String province, AdminUnits units) {
        if (province != null && !units.isProvince(province)) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "registry.province.unknown", province);
        }
        return province;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
