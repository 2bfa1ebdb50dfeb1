package vn.htxso.traceability;

/** A lot's identity for everyone: its GTIN-14 and lot number (GS1 application identifiers 01 and 10). */
public record LotKey(String gtin, String lot) {
}
