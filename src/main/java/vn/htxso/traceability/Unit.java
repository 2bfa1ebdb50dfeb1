package vn.htxso.traceability;

import java.math.BigDecimal;

/** Units of a lot's quantity, as UN/CEFACT Rec. 20 codes (EPCIS {@code uom}). */
public enum Unit {
    KGM(Dimension.MASS, BigDecimal.ONE),
    GRM(Dimension.MASS, new BigDecimal("0.001")),
    TNE(Dimension.MASS, new BigDecimal("1000")),
    LTR(Dimension.VOLUME, BigDecimal.ONE),
    H87(Dimension.COUNT, BigDecimal.ONE);

    public enum Dimension { MASS, VOLUME, COUNT }

    private final Dimension dimension;
    private final BigDecimal toBase;

    Unit(Dimension dimension, BigDecimal toBase) {
        this.dimension = dimension;
        this.toBase = toBase;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** The quantity in the dimension's base unit (kg, litre, piece). */
    public BigDecimal toBase(BigDecimal quantity) {
        return quantity.multiply(toBase);
    }

    public static Unit parse(String code) {
        if (code == null) {
            return null;
        }
        for (Unit unit : values()) {
            if (unit.name().equalsIgnoreCase(code.strip())) {
                return unit;
            }
        }
        return null;
    }
}
