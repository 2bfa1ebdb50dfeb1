package vn.htxso.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import vn.htxso.insights.ListingAdvice.Criterion;
import vn.htxso.insights.ListingAdvice.SimilarListing;
import vn.htxso.insights.ListingAdvice.Warning;
import vn.htxso.marketplace.ProductView;
import vn.htxso.platform.VietnameseText;

/**
 * The rules of listing help (pure; no Spring beans): the completeness score (photo 25, description 25, weight 15,
 * origin 15, unit 20), warnings (missing facts, a price far from similar listings, a title over 120 characters or in
 * capitals, stars or certificates the product does not hold, health claims), and the suggested title and description
 * from templates per category, in Vietnamese whatever the seller's language (buyers read Vietnamese). The title never
 * carries OCOP stars without a valid certificate (domain rule 9).
 */
final class ListingRules {

    static final int MAX_TITLE = 120;
    static final int GOOD_DESCRIPTION = 200;
    static final int SHORT_DESCRIPTION = 80;
    static final int MIN_COMPARABLES = 3;
    static final Locale VI = Locale.forLanguageTag("vi");

    /** Words of health claims, folded (no diacritics, lower case); a listing of food may not make them. */
    static final List<String> HEALTH_CLAIMS = List.of("chua benh", "chua khoi", "tri benh", "dieu tri", "ung thu",
            "tieu duong", "huyet ap", "phong benh", "phong ngua benh", "tang suc de khang", "giam can", "thuoc chua",
            "dac tri", "cure", "treats", "disease");
    /** Certificates the platform keeps no record of: the seller must hold them to write them. */
    static final List<String> UNRECORDED_CERTIFICATES = List.of("vietgap", "globalgap", "huu co", "organic");
    private static final Pattern STARS = Pattern.compile("(?:ocop\\s*)?(\\d)\\s*(?:sao|★|\\*)|ocop");

    private final MessageSource messages;
    private final double priceRatio;

    ListingRules(MessageSource messages, double priceRatio) {
        this.messages = messages;
        this.priceRatio = priceRatio;
    }

    ListingAdvice advise(ProductView p, String provinceName, List<ProductView> similar, String method) {
        List<Criterion> criteria = criteria(p);
        int score = criteria.stream().mapToInt(Criterion::points).sum();
        List<Warning> warnings = new ArrayList<>();
        if (!p.hasPhoto()) {
            warnings.add(new Warning("NO_PHOTO", List.of()));
        }
        if (p.weightGrams() == null) {
            warnings.add(new Warning("NO_WEIGHT", List.of()));
        }
        if (isBlank(p.communeName()) || isBlank(provinceName)) {
            warnings.add(new Warning("NO_ORIGIN", List.of()));
        }
        if (isBlank(p.unit())) {
            warnings.add(new Warning("NO_UNIT", List.of()));
        }
        int described = p.description() == null ? 0 : p.description().strip().length();
        if (described < SHORT_DESCRIPTION) {
            warnings.add(new Warning("SHORT_DESCRIPTION", List.of(described, SHORT_DESCRIPTION)));
        }
        if (p.name().length() > MAX_TITLE) {
            warnings.add(new Warning("TITLE_TOO_LONG", List.of(p.name().length(), MAX_TITLE)));
        }
        if (allCaps(p.name())) {
            warnings.add(new Warning("ALL_CAPS", List.of()));
        }
        String text = VietnameseText.fold(p.name() + " " + (p.description() == null ? "" : p.description()));
        starsNotHeld(text, p.ocopStars()).ifPresent(warnings::add);
        for (String certificate : UNRECORDED_CERTIFICATES) {
            if (containsWord(text, certificate)) {
                warnings.add(new Warning("CERTIFICATE_UNRECORDED", List.of(certificate.equals("huu co") ? "hữu cơ"
                        : certificate.equals("vietgap") ? "VietGAP" : certificate.equals("globalgap") ? "GlobalGAP"
                        : certificate)));
                break;
            }
        }
        for (String claim : HEALTH_CLAIMS) {
            if (containsWord(text, claim)) {
                warnings.add(new Warning("HEALTH_CLAIM", List.of(claim)));
                break;
            }
        }
        Price price = price(p, similar);
        if (price.median() != null && price.own() != null && price.median() > 0) {
            double ratio = (double) price.own() / price.median();
            if (ratio > priceRatio || ratio < 1 / priceRatio) {
                warnings.add(new Warning(ratio > 1 ? "PRICE_HIGH" : "PRICE_LOW",
                        List.of(price.own(), price.median(), price.count(), Math.round(ratio * 10) / 10.0,
                                price.basis())));
            }
        }
        List<SimilarListing> listings = similar.stream().map(s -> new SimilarListing(s.id(), s.name(), s.priceVnd(),
                s.unit(), s.shopName(), s.hasPhoto(), good(s))).toList();
        return new ListingAdvice(p.id(), score, criteria, List.copyOf(warnings), title(p, provinceName),
                description(p, provinceName), listings, method, price.median(), price.count(), price.basis(),
                price.own());
    }

    static List<Criterion> criteria(ProductView p) {
        int described = p.description() == null ? 0 : p.description().strip().length();
        return List.of(
                new Criterion("PHOTO", p.hasPhoto() ? 25 : 0, 25),
                new Criterion("DESCRIPTION", described >= GOOD_DESCRIPTION ? 25 : described >= SHORT_DESCRIPTION ? 12
                        : 0, 25),
                new Criterion("WEIGHT", p.weightGrams() != null && p.weightGrams() > 0 ? 15 : 0, 15),
                new Criterion("ORIGIN", !isBlank(p.communeName()) && !isBlank(p.provinceCode()) ? 15 : 0, 15),
                new Criterion("UNIT", !isBlank(p.unit()) ? 20 : 0, 20));
    }

    /** A listing other sellers may learn from: a photo and a description of at least {@value #GOOD_DESCRIPTION}. */
    static boolean good(ProductView p) {
        return p.hasPhoto() && p.description() != null && p.description().strip().length() >= GOOD_DESCRIPTION;
    }

    /** "OCOP", "4 sao" or "★" in the text while the product holds no valid certificate, or holds other stars. */
    static java.util.Optional<Warning> starsNotHeld(String folded, Integer validStars) {
        Matcher m = STARS.matcher(folded);
        while (m.find()) {
            if (m.group(1) == null && validStars == null) {
                return java.util.Optional.of(new Warning("OCOP_NOT_HELD", List.of()));
            }
            if (m.group(1) != null && (validStars == null || Integer.parseInt(m.group(1)) != validStars)) {
                return java.util.Optional.of(new Warning("STARS_NOT_HELD", List.of(Integer.parseInt(m.group(1)),
                        validStars == null ? 0 : validStars)));
            }
        }
        return java.util.Optional.empty();
    }

    /** Price comparison: per kg when the product and a listing both have a weight, else per unit of the same name. */
    record Price(Long own, Long median, int count, String basis) {
    }

    static Price price(ProductView p, List<ProductView> similar) {
        if (p.weightGrams() != null && p.weightGrams() > 0) {
            double[] perKg = similar.stream().filter(s -> s.weightGrams() != null && s.weightGrams() > 0)
                    .mapToDouble(s -> s.priceVnd() * 1000.0 / s.weightGrams()).toArray();
            if (perKg.length >= MIN_COMPARABLES) {
                return new Price(Math.round(p.priceVnd() * 1000.0 / p.weightGrams()), Math.round(median(perKg)),
                        perKg.length, "KG");
            }
        }
        String unit = VietnameseText.key(p.unit());
        double[] perUnit = similar.stream().filter(s -> VietnameseText.key(s.unit()).equals(unit))
                .mapToDouble(ProductView::priceVnd).toArray();
        if (perUnit.length >= MIN_COMPARABLES && !unit.isEmpty()) {
            return new Price(p.priceVnd(), Math.round(median(perUnit)), perUnit.length, "UNIT");
        }
        return new Price(null, null, Math.max(perUnit.length, 0), null);
    }

    /** Name, place, quantity, valid OCOP stars and shop, joined by dashes, the last parts dropped beyond 120. */
    String title(ProductView p, String provinceName) {
        String name = stripClaims(p.name(), p.ocopStars());
        // only some categories add a word before the name (honey, tea, rice); the others have no key
        String type = messages.getMessage("insights.listing.type." + p.category(), null, "", VI);
        if (!type.isBlank() && !VietnameseText.fold(name).contains(VietnameseText.fold(type))) {
            name = type + " " + name;
        }
        List<String> parts = new ArrayList<>();
        parts.add(capitalise(name));
        String place = place(p.communeName(), provinceName, name);
        if (!place.isBlank()) {
            parts.add(place);
        }
        if (p.weightGrams() != null && p.weightGrams() > 0) {
            parts.add(quantity(p.weightGrams()) + (isBlank(p.unit()) ? "" : "/" + p.unit().strip()));
        }
        if (p.ocopStars() != null) {
            parts.add("OCOP " + p.ocopStars() + "★");
        }
        if (!isBlank(p.shopName()) && !VietnameseText.fold(name).contains(VietnameseText.fold(p.shopName()))) {
            parts.add(p.shopName().strip());
        }
        String title = String.join(" – ", parts);
        while (title.length() > MAX_TITLE && parts.size() > 1) {
            parts.remove(parts.size() - 1);
            title = String.join(" – ", parts);
        }
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE).strip() : title;
    }

    /** The category's sentence, then quantity, origin and (only when valid) the OCOP certificate. */
    String description(ProductView p, String provinceName) {
        String place = place(p.communeName(), provinceName, "");
        String name = stripClaims(p.name(), p.ocopStars());
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.getMessage("insights.listing.template." + p.category(),
                new Object[] {name, p.shopName(), place.isBlank() ? "Việt Nam" : place}, VI));
        if (p.weightGrams() != null && p.weightGrams() > 0 && !isBlank(p.unit())) {
            sentences.add(messages.getMessage("insights.listing.sentence.quantity",
                    new Object[] {quantity(p.weightGrams()), p.unit().strip()}, VI));
        }
        if (!place.isBlank()) {
            sentences.add(messages.getMessage("insights.listing.sentence.origin", new Object[] {place, p.shopName()},
                    VI));
        }
        if (p.ocopStars() != null) {
            sentences.add(messages.getMessage("insights.listing.sentence.ocop", new Object[] {p.ocopStars(),
                p.ocopCertNo() == null ? "" : p.ocopCertNo(),
                p.ocopExpiresOn() == null ? "" : p.ocopExpiresOn().format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, VI));
        }
        sentences.add(messages.getMessage("insights.listing.sentence.storage." + p.category(), null,
                messages.getMessage("insights.listing.sentence.storage.OTHER", null, "", VI), VI));
        return String.join(" ", sentences.stream().filter(s -> !s.isBlank()).toList());
    }

    /** "Xã Hạnh Lâm, Nghệ An" without what the name already says. */
    static String place(String commune, String provinceName, String name) {
        String folded = VietnameseText.fold(name);
        List<String> parts = new ArrayList<>();
        if (!isBlank(commune)) {
            String bare = commune.strip().replaceFirst("^(Xã|Phường|Thị trấn|Đặc khu)\\s+", "");
            if (!folded.contains(VietnameseText.fold(bare))) {
                parts.add(commune.strip());
            }
        }
        if (!isBlank(provinceName) && !folded.contains(VietnameseText.fold(provinceName))) {
            parts.add(provinceName.strip());
        }
        return String.join(", ", parts);
    }

    /** The name without its own star or OCOP mentions: the title adds the valid stars itself. */
    static String stripClaims(String name, Integer validStars) {
        return name.replaceAll("(?i)\\s*[-–]?\\s*(OCOP\\s*)?\\d\\s*(sao|★|\\*)", "")
                .replaceAll("(?i)\\s*[-–]?\\s*OCOP\\b", "").strip();
    }

    static String quantity(int grams) {
        if (grams >= 1000 && grams % 100 == 0) {
            String kg = grams % 1000 == 0 ? String.valueOf(grams / 1000) : String.valueOf(grams / 1000.0)
                    .replace('.', ',');
            return kg + " kg";
        }
        return grams + " g";
    }

    static boolean allCaps(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 8 && upper * 10 >= letters * 8;
    }

    static boolean containsWord(String folded, String word) {
        return Pattern.compile("(^|[^a-z0-9])" + Pattern.quote(word) + "($|[^a-z0-9])").matcher(folded).find();
    }

    static double median(double[] values) {
        return RobustScore.median(values);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
