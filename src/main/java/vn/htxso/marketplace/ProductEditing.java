package vn.htxso.marketplace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Stock;
import vn.htxso.marketplace.internal.Views;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Forbidden;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnFormat;

/** A seller edits one product on a phone: every field a buyer sees, and hiding it from the market. */
@Service
public class ProductEditing {

    private final Products products;
    private final Stock stock;
    private final AuditLog auditLog;
    private final Clock clock;

    ProductEditing(Products products, Stock stock, AuditLog auditLog, Clock clock) {
        this.products = products;
        this.stock = stock;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the seller changes; {@code version} is the one the seller's page showed. */
    public record ProductEdit(long version, String name, String description, Category category, String unit,
                              long priceVnd, long stock, Integer weightGrams, boolean hidden) {
    }

    /** A product on its seller's edit page. */
    public record EditableProduct(ProductView product, boolean hidden) {
    }

    @Transactional(readOnly = true)
    public EditableProduct editable(CurrentUser user, UUID id) {
        Product product = ownProduct(user, id);
        return new EditableProduct(Views.product(product, today()), !product.active());
    }

    @Transactional
    public ProductView edit(CurrentUser user, UUID id, ProductEdit edit) {
        Product product = ownProduct(user, id);
        if (product.version() != edit.version()) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.product.changedMeanwhile");
        }
        if (edit.priceVnd() < 1 || edit.priceVnd() > 999_999_999_999L) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "marketplace.product.price.min");
        }
        if (edit.stock() < 0 || edit.stock() > 1_000_000_000L) {
            throw new BusinessRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "marketplace.product.stock.digits");
        }
        product.edit(edit.name().strip(), edit.description() == null || edit.description().isBlank() ? null
                        : edit.description().strip(), edit.category() == null ? Category.OTHER : edit.category(),
                edit.unit().strip(), edit.priceVnd(), (int) edit.stock(), edit.weightGrams(), !edit.hidden(),
                clock.instant());
        try {
            products.saveAndFlush(product);
            stock.sellerSet(product.id());
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new BusinessRuleViolation(HttpStatus.CONFLICT, "marketplace.product.changedMeanwhile");
        }
        auditLog.record(AuditEntry.of(edit.hidden() ? "marketplace.product.hidden" : "marketplace.product.edited",
                        "product", product.id(), product.name()).inProvince(product.shop().provinceCode())
                .ofOrganisation(product.shop().organisationId()));
        return Views.product(product, today());
    }

    private Product ownProduct(CurrentUser user, UUID id) {
        Product product = products.withShop(id).orElseThrow(() -> new NotFound("product"));
        if (!product.shop().isSellerOf(user)) {
            throw new Forbidden();
        }
        return product;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VnFormat.ZONE));
    }
}
