package vn.htxso.scorecard;

import java.util.List;
import java.util.UUID;

import vn.htxso.registry.OrganisationKind;
import vn.htxso.registry.Sector;

/**
 * What the public page of a commune shows: organisations, verified shops, OCOP products and published lots. No
 * personal data: organisation and shop names as they are published, no members, owners, phones or accounts.
 */
public record CommuneShowcase(String provinceCode, String provinceName, String communeName, int coopCount,
                              List<Coop> coops, List<Shop> shops, List<Product> ocopProducts, List<Lot> lots) {

    public record Coop(String name, OrganisationKind kind, Sector sector) {
    }

    public record Shop(UUID id, String name, int products) {
    }

    public record Product(UUID id, String name, int ocopStars, String shopName) {
    }

    public record Lot(String gtin, String lot, String productName) {
    }
}
