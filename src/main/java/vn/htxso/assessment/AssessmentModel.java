package vn.htxso.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One published version of the HTX-DMI model: dimensions, their items and the items' options (ladder steps,
 * checklist options, thresholds, needs). Texts are stored in Vietnamese and English.
 */
public record AssessmentModel(int version, List<Dimension> dimensions) {

    public AssessmentModel {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<Item> item(String code) {
        return items().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Item> items() {
        return dimensions.stream().flatMap(d -> d.items().stream()).toList();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public record Dimension(String code, String nameVi, String nameEn, List<Item> items) {
        public Dimension {
            items = List.copyOf(items);
        }

        public String name(Locale locale) {
            return english(locale) ? nameEn : nameVi;
        }

        public List<Item> scoredItems() {
            return items.stream().filter(i -> i.kind().scored()).toList();
        }
    }

    /**
     * @param pillar the DBI pillar the item feeds ({@code null} for {@link ItemKind#NEEDS})
     * @param weight how many times 5 points the item is worth
     * @param maxValue the largest value accepted (5 for a ladder, 100 for a share, the option count for a checklist)
     */
    public record Item(String code, String dimensionCode, ItemKind kind, Pillar pillar, int weight,
                       BigDecimal maxValue, String textVi, String textEn, List<Option> options) {
        public Item {
            options = List.copyOf(options);
        }

        public String text(Locale locale) {
            return english(locale) ? textEn : textVi;
        }

        /** Points the item is worth in its dimension. */
        public int maxPoints() {
            return kind.scored() ? weight * 5 : 0;
        }

        /** Whether the value is a list of option codes rather than a number. */
        public boolean takesOptions() {
            return kind == ItemKind.CHECKLIST || (kind == ItemKind.NEEDS && !options.isEmpty());
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    /**
     * @param minValue for a threshold: the value from which {@code points} apply
     * @param points for a ladder step or a threshold: its points (0–5)
     * @param dimensionCode for a need: the dimension a package answering it should raise
     */
    public record Option(String code, String labelVi, String labelEn, BigDecimal minValue, Integer points,
                         String dimensionCode) {
        public String label(Locale locale) {
            return english(locale) ? labelEn : labelVi;
        }
    }
}
