package vn.htxso.marketplace;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.marketplace.internal.Product;
import vn.htxso.marketplace.internal.ProductPhotos;
import vn.htxso.marketplace.internal.Products;
import vn.htxso.marketplace.internal.Shop;
import vn.htxso.marketplace.internal.Stock;
import vn.htxso.platform.AuditLog;
import vn.htxso.platform.AuditLog.AuditEntry;
import vn.htxso.platform.BusinessRuleViolation;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.NotFound;
import vn.htxso.platform.VnTime;

/**
 * A seller's upkeep of products: the bulk price and stock editor (optimistic locking, a report per row, never
 * losing a change made meanwhile by an order or another editor) and product photos (checked by content).
 */
@Service
public class ProductMaintenance {

    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    static final int THUMBNAIL = 320;

    private final Products products;
    private final Catalogue catalogue;
    private final ProductPhotos photos;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final vn.htxso.platform.UploadChecker uploads;
    private final Stock stock;

    ProductMaintenance(Products products, Catalogue catalogue, ProductPhotos photos, AuditLog auditLog, Clock clock,
                       PlatformTransactionManager transactionManager, vn.htxso.platform.UploadChecker uploads,
                       Stock stock) {
        this.uploads = uploads;
        this.stock = stock;
        this.products = products;
        this.catalogue = catalogue;
        this.photos = photos;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One edited row: the version the seller saw, and the new price and stock. */
    public record PriceStockEdit(int row, UUID productId, long version, long priceVnd, long stock) {
    }

    /** A row that was not saved, with the reason and the product's current values. */
    public record RowProblem(int row, UUID productId, String messageKey, Object[] arguments) {
    }

    /** Saves each changed row on its own; returns the rows that were not saved and why. */
    public List<RowProblem> bulkUpdate(CurrentUser user, UUID shopId, List<PriceStockEdit> edits) {
        Shop shop = transactions.execute(s -> catalogue.shopForSeller(user, shopId));
        List<RowProblem> problems = new ArrayList<>();
        for (PriceStockEdit edit : edits) {
            if (edit.priceVnd() < 1 || edit.priceVnd() > 999_999_999_999L) {
                problems.add(new RowProblem(edit.row(), edit.productId(), "marketplace.product.price.min", new Object[0]));
                continue;
            }
            if (edit.stock() < 0 || edit.stock() > 1_000_000_000L) {
                problems.add(new RowProblem(edit.row(), edit.productId(), "marketplace.product.stock.digits", new Object[0]));
                continue;
            }
            try {
                RowProblem problem = transactions.execute(s -> {
                    Product product = products.findById(edit.productId()).orElse(null);
                    if (product == null || !product.shop().id().equals(shop.id())) {
                        return new RowProblem(edit.row(), edit.productId(), "marketplace.bulk.unknown", new Object[0]);
                    }
                    if (product.priceVnd() == edit.priceVnd() && product.stock() == edit.stock()) {
                        return null;
                    }
                    if (product.version() != edit.version()) {
                        return new RowProblem(edit.row(), edit.productId(), "marketplace.bulk.changed",
                                new Object[] {product.name(), product.priceVnd(), product.stock()});
                    }
                    product.reprice(edit.priceVnd(), (int) edit.stock(), clock.instant());
                    products.saveAndFlush(product);
                    stock.sellerSet(product.id());
                    auditLog.record(AuditEntry.of("marketplace.product.repriced", "product", product.id(),
                            edit.priceVnd() + " / " + edit.stock()).inProvince(shop.provinceCode())
                            .ofOrganisation(shop.organisationId()));
                    return null;
                });
                if (problem != null) {
                    problems.add(problem);
                }
            } catch (ObjectOptimisticLockingFailureException raced) {
                problems.add(new RowProblem(edit.row(), edit.productId(), "marketplace.bulk.changedNow", new Object[0]));
            }
        }
        return problems;
    }

    public Optional<byte[]> thumbnail(UUID productId) {
        return photos.thumbnail(productId);
    }

    /**
     * Stores a small JPEG thumbnail of an uploaded JPEG or PNG photo. The content decides, not the file name: the
     * magic bytes must say JPEG or PNG and ImageIO must decode it.
     */
    public void uploadPhoto(CurrentUser user, UUID productId, byte[] content) {
        // access first: a photo the user may not store is never read
        transactions.executeWithoutResult(s -> catalogue.shopForSeller(user,
                products.withShop(productId).orElseThrow(() -> new NotFound("product")).shop().id()));
        if (content == null || content.length == 0 || content.length > MAX_PHOTO_BYTES) {
            throw new BusinessRuleViolation(HttpStatus.BAD_REQUEST, "marketplace.photo.size");
        }
        // the one upload checker of the platform: JPEG or PNG by content, pixels from the header, then decoding
        byte[] thumbnail = thumbnailOf(content);
        transactions.executeWithoutResult(s -> {
            Product product = products.withShop(productId).orElseThrow(() -> new NotFound("product"));
            catalogue.shopForSeller(user, product.shop().id());
            photos.store(productId, thumbnail, VnTime.now(clock));
            auditLog.record(AuditEntry.of("marketplace.product.photo", "product", productId, null)
                    .inProvince(product.shop().provinceCode()).ofOrganisation(product.shop().organisationId()));
        });
    }

    /** A thumbnail of a photo the platform's checker accepted (type sniffed, pixels read from the header first). */
    private byte[] thumbnailOf(byte[] content) {
        BufferedImage image = uploads.decode(content, null);
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
