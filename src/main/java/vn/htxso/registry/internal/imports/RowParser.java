package vn.htxso.registry.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.htxso.platform.VietnameseText;
import vn.htxso.registry.CellError;
import vn.htxso.registry.ImportColumn;
import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.OrganisationStatus;
import vn.htxso.registry.Sector;

/** Turns the text cells of one row into an {@link ImportRow}, or the list of its bad cells. Pure, no database. */
public final class RowParser {

    private static final Pattern REGISTRATION_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,19}");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,]\\d{3})+");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("-?\\d+[.,]0+");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY_DASH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, OrganisationStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("active", OrganisationStatus.ACTIVE), Map.entry("danghoatdong", OrganisationStatus.ACTIVE),
            Map.entry("hoatdong", OrganisationStatus.ACTIVE),
            Map.entry("suspended", OrganisationStatus.SUSPENDED), Map.entry("tamngung", OrganisationStatus.SUSPENDED),
            Map.entry("tamngunghoatdong", OrganisationStatus.SUSPENDED),
            Map.entry("inactive", OrganisationStatus.INACTIVE),
            Map.entry("ngunghoatdong", OrganisationStatus.INACTIVE),
            Map.entry("dissolved", OrganisationStatus.DISSOLVED), Map.entry("giaithe", OrganisationStatus.DISSOLVED),
            Map.entry("bankrupt", OrganisationStatus.BANKRUPT), Map.entry("phasan", OrganisationStatus.BANKRUPT));

    private static final Map<String, Sector> SECTOR_WORDS = Map.ofEntries(
            Map.entry("agriculture", Sector.AGRICULTURE), Map.entry("nongnghiep", Sector.AGRICULTURE),
            Map.entry("forestry", Sector.FORESTRY), Map.entry("lamnghiep", Sector.FORESTRY),
            Map.entry("fishery", Sector.FISHERY), Map.entry("thuysan", Sector.FISHERY),
            Map.entry("handicraft", Sector.HANDICRAFT), Map.entry("tieuthucongnghiep", Sector.HANDICRAFT),
            Map.entry("services", Sector.SERVICES), Map.entry("dichvu", Sector.SERVICES),
            Map.entry("credit", Sector.CREDIT), Map.entry("tindung", Sector.CREDIT),
            Map.entry("transport", Sector.TRANSPORT), Map.entry("vantai", Sector.TRANSPORT),
            Map.entry("trade", Sector.TRADE), Map.entry("thuongmai", Sector.TRADE),
            Map.entry("construction", Sector.CONSTRUCTION), Map.entry("xaydung", Sector.CONSTRUCTION),
            Map.entry("environment", Sector.ENVIRONMENT), Map.entry("moitruong", Sector.ENVIRONMENT),
            Map.entry("other", Sector.OTHER), Map.entry("khac", Sector.OTHER));

    private static final Map<String, OrganisationKind> KIND_WORDS = Map.of(
            "htx", OrganisationKind.HTX, "hoptacxa", OrganisationKind.HTX,
            "tht", OrganisationKind.THT, "tohoptac", OrganisationKind.THT,
            "lhhtx", OrganisationKind.LHHTX, "lienhiephoptacxa", OrganisationKind.LHHTX);

    /** Vietnamese labels of statuses and sectors, as a template lists them. */
    public static final Map<OrganisationStatus, String> STATUS_LABELS = Map.of(
            OrganisationStatus.ACTIVE, "đang hoạt động", OrganisationStatus.SUSPENDED, "tạm ngừng",
            OrganisationStatus.INACTIVE, "ngừng hoạt động", OrganisationStatus.DISSOLVED, "giải thể",
            OrganisationStatus.BANKRUPT, "phá sản");
    public static final Map<Sector, String> SECTOR_LABELS = Map.ofEntries(
            Map.entry(Sector.AGRICULTURE, "nông nghiệp"), Map.entry(Sector.FORESTRY, "lâm nghiệp"),
            Map.entry(Sector.FISHERY, "thủy sản"), Map.entry(Sector.HANDICRAFT, "tiểu thủ công nghiệp"),
            Map.entry(Sector.SERVICES, "dịch vụ"), Map.entry(Sector.CREDIT, "tín dụng"),
            Map.entry(Sector.TRANSPORT, "vận tải"), Map.entry(Sector.TRADE, "thương mại"),
            Map.entry(Sector.CONSTRUCTION, "xây dựng"), Map.entry(Sector.ENVIRONMENT, "môi trường"),
            Map.entry(Sector.OTHER, "khác"));

    /** Distinct cell texts whose folded key is remembered (kinds, sectors, statuses, provinces repeat). */
    private static final int REMEMBERED_KEYS = 4096;

    private final Map<String, String> provinceCodes;
    private final int maxYear;
    private final Map<String, String> keys = new java.util.HashMap<>();

    /**
     * @param provinceCodes province names and codes by folded key (code "40" and "nghean" both give "40")
     * @param maxYear the latest report year accepted (next year)
     */
    public RowParser(Map<String, String> provinceCodes, int maxYear) {
        this.provinceCodes = provinceCodes;
        this.maxYear = maxYear;
    }

    /** The registration number of the template's example row: refused, so an unchanged template changes nothing. */
    public static final String EXAMPLE_REGISTRATION_NO = "VIDU-0000000";

    /** Whether a registration number is the template's example ("VIDU…", any case): no real one starts so. */
    static boolean isExample(String registrationNo) {
        return registrationNo.regionMatches(true, 0, "VIDU", 0, 4);
    }

    /** The parse of one row: the row, or its bad cells (never both). */
    public record Result(ImportRow row, List<CellError> errors) {
    }

    public Result parse(int rowNumber, Map<ImportColumn, String> cells) {
        Errors errors = new Errors(rowNumber);
        Map<ImportColumn, String> v = new EnumMap<>(ImportColumn.class);
        cells.forEach((column, value) -> v.put(column, value == null ? "" : value.strip()));

        String registrationNo = required(v, ImportColumn.REGISTRATION_NO, errors);
        if (registrationNo != null && !REGISTRATION_NO.matcher(registrationNo).matches()) {
            errors.add(ImportColumn.REGISTRATION_NO, registrationNo, "registry.import.error.registrationNo");
            registrationNo = null;
        } else if (registrationNo != null && isExample(registrationNo)) {
            errors.add(ImportColumn.REGISTRATION_NO, registrationNo, "registry.import.error.exampleRow");
            registrationNo = null;
        }
        String name = required(v, ImportColumn.NAME, errors);
        if (name != null && name.length() > 255) {
            errors.add(ImportColumn.NAME, name, "registry.import.error.tooLong", 255);
        }
        OrganisationKind kind = word(KIND_WORDS, ImportColumn.KIND, required(v, ImportColumn.KIND, errors),
                "registry.import.error.kind", errors);
        String provinceCode = null;
        String provinceText = required(v, ImportColumn.PROVINCE_CODE, errors);
        if (provinceText != null) {
            String key = key(provinceText);
            if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
                key = "0" + key;
            }
            provinceCode = provinceCodes.get(key);
            if (provinceCode == null) {
                errors.add(ImportColumn.PROVINCE_CODE, provinceText, "registry.import.error.province");
            }
        }
        String commune = required(v, ImportColumn.COMMUNE, errors);
        if (commune != null && commune.length() > 120) {
            errors.add(ImportColumn.COMMUNE, commune, "registry.import.error.tooLong", 120);
        }
        Sector sector = word(SECTOR_WORDS, ImportColumn.SECTOR, required(v, ImportColumn.SECTOR, errors),
                "registry.import.error.sector", errors);
        OrganisationStatus status = word(STATUS_WORDS, ImportColumn.STATUS, v.getOrDefault(ImportColumn.STATUS, ""),
                "registry.import.error.status", errors);
        LocalDate foundedOn = null;
        String dateText = v.getOrDefault(ImportColumn.FOUNDED_ON, "");
        if (!dateText.isEmpty()) {
            foundedOn = date(dateText).orElse(null);
            if (foundedOn == null) {
                errors.add(ImportColumn.FOUNDED_ON, dateText, "registry.import.error.date");
            } else if (foundedOn.isBefore(LocalDate.of(1900, 1, 1)) || foundedOn.getYear() > maxYear) {
                errors.add(ImportColumn.FOUNDED_ON, dateText, "registry.import.error.dateRange");
                foundedOn = null;
            }
        }
        Integer members = integer(v, ImportColumn.MEMBERS, 0, 10_000_000, errors);
        Long capital = money(v, ImportColumn.CHARTER_CAPITAL_VND, false, errors);
        Integer year = integer(v, ImportColumn.YEAR, 1990, maxYear, errors);
        Long revenue = money(v, ImportColumn.REVENUE_VND, false, errors);
        Long profit = money(v, ImportColumn.PROFIT_VND, true, errors);
        Integer workers = integer(v, ImportColumn.WORKERS, 0, 10_000_000, errors);
        Long income = money(v, ImportColumn.AVG_WORKER_INCOME_VND, false, errors);
        if (year == null && !v.getOrDefault(ImportColumn.YEAR, "").isEmpty()) {
            // already reported as a bad cell
        } else if (year == null && (revenue != null || profit != null || workers != null || income != null)) {
            errors.add(ImportColumn.YEAR, "", "registry.import.error.yearNeeded");
        }
        if (!errors.list.isEmpty()) {
            return new Result(null, List.copyOf(errors.list));
        }
        return new Result(new ImportRow(rowNumber, registrationNo, name, kind, provinceCode, commune, sector, status,
                foundedOn, members, capital, year, revenue, profit, workers, income), List.of());
    }

    /** The value a cell's words name (in any spelling {@link VietnameseText#key} folds), or a problem; blank: none. */
    private <T> T word(Map<String, T> words, ImportColumn column, String text, String problem, Errors errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        T value = words.get(key(text));
        if (value == null) {
            errors.add(column, text, problem);
        }
        return value;
    }

    /** {@link VietnameseText#key}, remembered for the first {@link #REMEMBERED_KEYS} distinct texts. */
    private String key(String text) {
        String key = keys.get(text);
        if (key == null) {
            key = VietnameseText.key(text);
            if (keys.size() < REMEMBERED_KEYS) {
                keys.put(text, key);
            }
        }
        return key;
    }

    private static String required(Map<ImportColumn, String> v, ImportColumn column, Errors errors) {
        String value = v.getOrDefault(column, "");
        if (value.isEmpty()) {
            errors.add(column, "", "registry.import.error.required");
            return null;
        }
        return value;
    }

    static Optional<LocalDate> date(String text) {
        // Only d/M/uuuu reads a slash and it reads nothing else: try the forms that can match (saves an exception).
        List<DateTimeFormatter> forms = text.indexOf('/') >= 0 ? List.of(DMY)
                : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DMY_DASH);
        for (DateTimeFormatter format : forms) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static Integer integer(Map<ImportColumn, String> v, ImportColumn column, int min, int max,
                                   Errors errors) {
        String text = v.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        Long value = number(text);
        if (value == null) {
            errors.add(column, text, "registry.import.error.integer");
            return null;
        }
        if (value < min || value > max) {
            errors.add(column, text, "registry.import.error.range", min, max);
            return null;
        }
        return value.intValue();
    }

    private static Long money(Map<ImportColumn, String> v, ImportColumn column, boolean negativeAllowed,
                              Errors errors) {
        String text = v.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        Long value = number(text);
        if (value == null) {
            errors.add(column, text, "registry.import.error.money");
            return null;
        }
        if (!negativeAllowed && value < 0) {
            errors.add(column, text, "registry.import.error.negative");
            return null;
        }
        if (Math.abs(value) > 1_000_000_000_000_000L) {
            errors.add(column, text, "registry.import.error.tooLarge");
            return null;
        }
        return value;
    }

    /** A whole number: "1500000", "1.500.000", "1,500,000", "1500000.0", "1.5E9"; else {@code null}. */
    static Long number(String raw) {
        if (plainDigits(raw)) {
            return Long.parseLong(raw);
        }
        String text = raw.replace(" ", "").replace("\u00a0", "").replace("₫", "").replace("đ", "")
                .replace("VND", "").replace("vnd", "");
        try {
            if (PLAIN_INTEGER.matcher(text).matches()) {
                return Long.parseLong(text);
            }
            if (GROUPED.matcher(text).matches()) {
                return Long.parseLong(text.replace(".", "").replace(",", ""));
            }
            if (WHOLE_DECIMAL.matcher(text).matches()) {
                return Long.parseLong(text.substring(0, Math.max(text.indexOf('.'), text.indexOf(','))));
            }
            if (text.contains("E") || text.contains("e")) {
                BigDecimal decimal = new BigDecimal(text);
                return decimal.stripTrailingZeros().scale() <= 0 ? decimal.longValueExact() : null;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        return null;
    }

    /** Up to 18 ASCII digits, optionally after a minus: what Long.parseLong reads without overflow. */
    private static boolean plainDigits(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int length = text.length() - start;
        if (length < 1 || length > 18) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static final class Errors {
        private final int row;
        private final List<CellError> list = new java.util.ArrayList<>(0);

        Errors(int row) {
            this.row = row;
        }

        void add(ImportColumn column, String value, String key, Object... args) {
            list.add(new CellError(row, column.key(), value, key, args));
        }
    }
}
