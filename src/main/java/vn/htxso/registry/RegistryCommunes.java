package vn.htxso.registry;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.registry.internal.CommuneNames;
import vn.htxso.registry.internal.FiguresCache;

/**
 * The communes a registry filter offers: those its organisations are in (the data, not a reference list that
 * lacks most of them), in Vietnamese order; a chosen commune is always among them, so the filter keeps it.
 */
@Service
public class RegistryCommunes {

    private final CommuneNames names;
    private final FiguresCache remembered;

    RegistryCommunes(CommuneNames names, FiguresCache remembered) {
        this.names = names;
        this.remembered = remembered;
    }

    /**
     * @param province the province chosen (a national admin), ignored for a province admin (their own)
     * @param chosen the commune the filter holds, or {@code null}
     * @return the communes, empty when a national admin has not chosen a province
     */
    public List<String> forFilter(CurrentUser user, String province, String chosen) {
        if (user == null || !user.isAdmin()) {
            throw new Forbidden();
        }
        String scope = user.isNationalAdmin() ? blankToNull(province) : user.provinceCode();
        if (scope == null) {
            return List.of();
        }
        // the distinct communes of a province's organisations: remembered like the figures (every change forgets them)
        List<String> communes = new ArrayList<>(remembered.remember("commune-names:" + scope,
                () -> names.inProvince(scope)));
        String kept = blankToNull(chosen);
        if (kept != null && !communes.contains(kept)) {
            communes.add(kept);
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        communes.sort(vietnamese);
        return List.copyOf(communes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
