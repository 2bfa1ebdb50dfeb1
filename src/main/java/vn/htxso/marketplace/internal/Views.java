package vn.htxso.marketplace.internal;

import java.time.LocalDate;

import vn.htxso.marketplace.OrderView;
import vn.htxso.marketplace.ProductView;
import vn.htxso.marketplace.ShopView;

/** Entities to the records the module's API speaks in. */
public final class Views {

    private Views() {
    }

    public static ProductView product(Product p, LocalDate today) {
        Shop s = p.shop();
        return new ProductView(p.id(), p.name(), p.description(), p.category(), p.unit(), p.priceVnd(), p.stock(),
                p.weightGrams(), p.validOcopStars(today), p.ocopCertNo(), p.ocopIssuer(), p.ocopIssuedOn(),
                p.ocopExpiresOn(), p.hasPhoto(), s.id(), s.name(), s.provinceCode(), s.communeName(),
                s.ethnicMinorityOwner(), s.verified(), p.createdAt(), p.version());
    }

    public static ShopView shop(Shop s) {
        return new ShopView(s.id(), s.organisationId(), s.ownerUserId(), s.name(), s.story(), s.provinceCode(),
                s.communeName(), s.ethnicMinorityOwner(), s.verified(), s.bankBin(), s.bankAccount(),
                s.bankAccountName(), s.deliveryFeeVnd(), s.freeDeliveryFromVnd(), s.deliveryFeeFarVnd(),
                s.bankVerified());
    }

    public static OrderView order(Order o) {
        return new OrderView(o.id(), o.code(), o.shop().id(), o.shop().name(), o.buyerId(), o.status(),
                o.paymentMethod(), o.paidAt(), o.subtotalVnd(), o.deliveryFeeVnd(), o.totalVnd(), o.shipName(),
                o.shipPhone(), o.shipProvince(), o.shipCommune(), o.shipStreet(), o.cancelReason(), o.placedAt(),
                o.lines().stream().map(l -> new OrderView.Line(l.productId(), l.productName(), l.unit(),
                        l.unitPriceVnd(), l.quantity(), l.lineTotalVnd())).toList());
    }
}
