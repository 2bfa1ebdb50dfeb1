package vn.htxso.marketplace;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.VietnameseText;

/**
 * CSV import of a shop's products (UTF-8; headers in English keys or Vietnamese labels, matched ignoring case and
 * diacritics). Every row is checked first; a file with any bad row imports nothing, and the report names the row
 * (as the spreadsheet numbers it: header is row 1) and the column.
 */
@Service
public class ProductImport {

    public static final int MAX_ROWS = 5_000;

    enum Column {
        NAME("name", "tên sản phẩm", true), CATEGORY("category", "danh mục", false), UNIT("unit", "đơn vị", true),
        PRICE("price_vnd", "giá", true), STOCK("stock", "tồn kho", true), WEIGHT("weight_grams", "khối lượng", false),
        DESCRIPTION("description", "mô tả", false), OCOP_STARS("ocop_stars", "sao ocop", false),
        OCOP_CERT("ocop_cert_no", "số chứng nhận", false), OCOP_ISSUER("ocop_issuer", "nơi cấp", false),
        OCOP_ISSUED("ocop_issued_on", "ngày cấp", false), OCOP_EXPIRES("ocop_expires_on", "ngày hết hạn", false);

        final String key;
        final String label;
        final boolean required;

        Column(String key, String label, boolean required) {
            this.key = key;
            this.label = label;
            this.required = required;
        }
    }

    public record RowError(long row, String column, String message) {
    }

    public record Result(int imported, int rejected, List<RowError> errors, boolean dryRun) {
    }

    private final Catalogue catalogue;
    private final Products products;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    ProductImport(Catalogue catalogue, Products products, AuditLog auditLog, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.products = products;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Result importCsv(CurrentUser user, UUID shopId, InputStream content, boolean dryRun) throws IOException {
        Shop shop = catalogue.shopForSeller(user, shopId);
        List<RowError> errors = new ArrayList<>();
        List<Product> valid = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(content, decoder);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            Map<Column, String> headers = headers(csv.getHeaderNames(), errors);
            if (!errors.isEmpty()) {
                return new Result(0, 0, errors, dryRun);
            }
            int rejected = 0;
            for (CSVRecord record : csv) {
                long row = record.getRecordNumber() + 1;
                if (record.getRecordNumber() > MAX_ROWS) {
                    errors.add(new RowError(row, null, text("marketplace.import.tooMany", MAX_ROWS)));
                    rejected++;
                    break;
                }
                int before = errors.size();
                Product product = parse(shop, record, headers, row, errors);
                if (errors.size() > before) {
                    rejected++;
                } else {
                    valid.add(product);
                }
            }
            if (rejected > 0 || dryRun) {
                return new Result(rejected > 0 ? 0 : valid.size(), rejected, errors, dryRun);
            }
        } catch (CharacterCodingException e) {
            return new Result(0, 0, List.of(new RowError(1, null, text("marketplace.import.encoding"))), dryRun);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return new Result(0, 0, List.of(new RowError(1, null, text("marketplace.import.unreadable"))), dryRun);
        }
        products.saveAll(valid);
        auditLog.record(AuditEntry.of("marketplace.product.imported", "shop", shop.id(), valid.size() + " products")
                .inProvince(shop.provinceCode()).ofOrganisation(shop.organisationId()));
        return new Result(valid.size(), 0, List.of(), false);
    }

    private Map<Column, String> headers(List<String> names, List<RowError> errors) {
        Map<Column, String> found = new HashMap<>();
        for (String name : names) {
            String key = VietnameseText.key(name);
            for (Column c : Column.values()) {
                if (key.equals(VietnameseText.key(c.key)) || key.equals(VietnameseText.key(c.label))) {
                    found.put(c, name);
                }
            }
        }
        for (Column c : Column.values()) {
            if (c.required && !found.containsKey(c)) {
                errors.add(new RowError(1, c.key, text("marketplace.import.missingColumn", c.key, c.label)));
            }
        }
        return found;
    }

    private Product parse(Shop shop, CSVRecord record, Map<Column, String> headers, long row, List<RowError> errors) {
        String name = value(record, headers, Column.NAME);
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new RowError(row, Column.NAME.key, text("marketplace.product.name.required")));
        } else if (!vn.htxso.platform.Names.isPlain(name)) {
            errors.add(new RowError(row, Column.NAME.key, text("platform.name.plain")));
        }
        String unit = value(record, headers, Column.UNIT);
        if (unit.isEmpty() || unit.length() > 20) {
            errors.add(new RowError(row, Column.UNIT.key, text("marketplace.product.unit.required")));
        }
        Long price = whole(record, headers, Column.PRICE, 1, 999_999_999_999L, "marketplace.product.price.digits", row, errors);
        Long stock = whole(record, headers, Column.STOCK, 0, 1_000_000_000L, "marketplace.product.stock.digits", row, errors);
        Long weight = whole(record, headers, Column.WEIGHT, 0, 1_000_000, "marketplace.product.weight.invalid", row, errors);
        Category category = Category.OTHER;
        String categoryText = value(record, headers, Column.CATEGORY);
        if (!categoryText.isEmpty()) {
            category = category(categoryText);
            if (category == null) {
                errors.add(new RowError(row, Column.CATEGORY.key, text("marketplace.import.category")));
            }
        }
        String description = value(record, headers, Column.DESCRIPTION);
        if (description.length() > 4000) {
            errors.add(new RowError(row, Column.DESCRIPTION.key, text("marketplace.product.description.size")));
        }
        // OCOP stars come only from a certificate the alliance verified, never from the seller's own file
        if (!value(record, headers, Column.OCOP_STARS).isEmpty()) {
            errors.add(new RowError(row, Column.OCOP_STARS.key, text("marketplace.import.ocopByAlliance")));
        }
        if (price == null || stock == null || name.isEmpty() || unit.isEmpty() || category == null) {
            return null;
        }
        Product product = new Product(shop, name, description.isEmpty() ? null : description, category, unit, price,
                stock.intValue(), weight == null ? null : weight.intValue(), clock.instant());
        return product;
    }

    private static Category category(String text) {
        String key = VietnameseText.key(text);
        for (Category c : Category.values()) {
            if (VietnameseText.key(c.name()).equals(key)) {
                return c;
            }
        }
        return switch (key) {
            case "che", "tra" -> Category.TEA;
            case "matong" -> Category.HONEY;
            case "giavi", "que", "hoi", "gung" -> Category.SPICE;
            case "duoclieu" -> Category.HERB;
            case "traicay" -> Category.FRUIT;
            case "gao" -> Category.RICE;
            case "rau", "rauc" -> Category.VEGETABLE;
            case "thucong", "thucongmynghe" -> Category.HANDICRAFT;
            case "thocam" -> Category.BROCADE;
            case "khac" -> Category.OTHER;
            default -> null;
        };
    }

    private static String value(CSVRecord record, Map<Column, String> headers, Column column) {
        String header = headers.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return "";
        }
        return record.get(header).strip();
    }

    private Long whole(CSVRecord record, Map<Column, String> headers, Column column, long min, long max, String key,
                       long row, List<RowError> errors) {
        String text = value(record, headers, column).replace(" ", "");
        if (text.matches("\\d{1,3}(\\.\\d{3})+")) {
            text = text.replace(".", ""); // Vietnamese thousands groups: 250.000
        }
        if (text.isEmpty()) {
            if (column.required) {
                errors.add(new RowError(row, column.key, text(key)));
            }
            return null;
        }
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                errors.add(new RowError(row, column.key, text(key)));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new RowError(row, column.key, text(key)));
            return null;
        }
    }

    private LocalDate date(CSVRecord record, Map<Column, String> headers, Column column, long row,
                           List<RowError> errors) {
        String text = value(record, headers, column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"))) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        errors.add(new RowError(row, column.key, text("marketplace.import.date")));
        return null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
