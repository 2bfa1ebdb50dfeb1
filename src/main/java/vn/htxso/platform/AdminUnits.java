package vn.htxso.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.platform.internal.Communes;
import vn.htxso.platform.internal.Provinces;

/** The administrative units: the 34 provinces (reference data) and the communes (imported by a national admin). */
@Service
public class AdminUnits {

    private final Provinces provinceRows;
    private final Communes communeRows;
    private volatile List<Province> provinces;
    private final Map<String, List<Commune>> communesByProvince = new ConcurrentHashMap<>();

    AdminUnits(Provinces provinceRows, Communes communeRows) {
        this.provinceRows = provinceRows;
        this.communeRows = communeRows;
    }

    public List<Province> provinces() {
        List<Province> cached = provinces;
        if (cached == null) {
            cached = provinceRows.all();
            provinces = cached;
        }
        return cached;
    }

    public Optional<Province> province(String code) {
        return provinces().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public boolean isProvince(String code) {
        return code != null && province(code).isPresent();
    }

    public String provinceName(String code) {
        return province(code).map(Province::name).orElse(code == null ? "" : code);
    }

    public Map<String, String> provinceNames() {
        return provinces().stream().collect(Collectors.toMap(Province::code, Province::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public List<Commune> communes(String provinceCode) {
        return communesByProvince.computeIfAbsent(provinceCode, communeRows::of);
    }

    /** A commune of the province, matched by code or by name ignoring case and diacritics. */
    public Optional<Commune> findCommune(String provinceCode, String codeOrName) {
        String key = VietnameseText.key(codeOrName);
        return communes(provinceCode).stream()
                .filter(c -> c.code().equals(codeOrName) || VietnameseText.key(c.name()).equals(key))
                .findFirst();
    }

    /** Inserts or renames communes; returns how many rows were written. All or nothing. */
    @Transactional
    public int saveCommunes(List<Commune> communes) {
        int written = 0;
        for (Commune commune : communes) {
            communeRows.save(commune);
            written++;
        }
        communesByProvince.clear();
        return written;
    }

    public int communeCount() {
        return communeRows.count();
    }
}
