package vn.htxso.marketplace.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import vn.htxso.marketplace.Category;
import vn.htxso.platform.VietnameseAnalysis;

/** A product of a shop: price in VND, stock in units, an optional OCOP certificate (3–5 stars, 36 months). */
@Entity
@Table(name = "products")
@Indexed(index = "products")
@jakarta.persistence.NamedEntityGraph(name = "Product.withShop", attributeNodes = @jakarta.persistence.NamedAttributeNode("shop"))
public class Product {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shop_id", nullable = false)
    @IndexedEmbedded(includePaths = {"id", "provinceCode", "ethnicMinorityOwner", "verified"})
    private Shop shop;
    @Column(nullable = false)
    @FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
    @KeywordField(name = "name_sort", normalizer = VietnameseAnalysis.VIETNAMESE_SORT, sortable = Sortable.YES)
    private String name;
    @FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private Category category;
    @Column(nullable = false)
    private String unit;
    @Column(name = "price_vnd", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private long priceVnd;
    /** The home units; the stock is these plus the product's stock slots (see {@link Stock}). */
    @Column(nullable = false)
    private int stock;
    @org.hibernate.annotations.Formula("(stock + coalesce((select sum(s.units) from product_stock_slots s "
            + "where s.product_id = id), 0))")
    private int totalStock;
    @Column(name = "weight_grams")
    private Integer weightGrams;
    @Column(name = "ocop_stars")
    @GenericField(aggregable = Aggregable.YES)
    private Integer ocopStars;
    @Column(name = "ocop_cert_no")
    private String ocopCertNo;
    @Column(name = "ocop_issuer")
    private String ocopIssuer;
    @Column(name = "ocop_issued_on")
    private LocalDate ocopIssuedOn;
    @Column(name = "ocop_expires_on")
    @GenericField
    private LocalDate ocopExpiresOn;
    @Column(name = "has_photo", nullable = false)
    private boolean hasPhoto;
    @GenericField
    private boolean active = true;
    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Product() {
    }

    public Product(Shop shop, String name, String description, Category category, String unit, long priceVnd,
                   int stock, Integer weightGrams, Instant now) {
        this.id = UUID.randomUUID();
        this.shop = shop;
        this.name = name;
        this.description = description;
        this.category = category;
        this.unit = unit;
        this.priceVnd = priceVnd;
        this.stock = stock;
        this.totalStock = stock;
        this.weightGrams = weightGrams;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The OCOP stars a buyer may see: none when there is no certificate or it has expired. */
    public Integer validOcopStars(LocalDate today) {
        if (ocopStars == null || ocopExpiresOn == null || ocopExpiresOn.isBefore(today)) {
            return null;
        }
        return ocopStars;
    }

    public void certify(int stars, String certNo, String issuer, LocalDate issuedOn, LocalDate expiresOn) {
        this.ocopStars = stars;
        this.ocopCertNo = certNo;
        this.ocopIssuer = issuer;
        this.ocopIssuedOn = issuedOn;
        this.ocopExpiresOn = expiresOn;
    }

    /** Sets price and stock; the caller then empties the stock slots ({@link Stock#sellerSet}). */
    public void reprice(long priceVnd, int stock, Instant now) {
        this.priceVnd = priceVnd;
        this.stock = stock;
        this.totalStock = stock;
        this.updatedAt = now;
    }

    /** The seller's edit of one product; {@code active = false} hides it from buyers (orders keep their lines). */
    public void edit(String name, String description, Category category, String unit, long priceVnd, int stock,
                     Integer weightGrams, boolean active, Instant now) {
        this.name = name;
        this.description = description;
        this.category = category;
        this.unit = unit;
        this.priceVnd = priceVnd;
        this.stock = stock;
        this.totalStock = stock;
        this.weightGrams = weightGrams;
        this.active = active;
        this.updatedAt = now;
    }

    public void photoAdded(Instant now) {
        this.hasPhoto = true;
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public Shop shop() { return shop; }
    public String name() { return name; }
    public String description() { return description; }
    public Category category() { return category; }
    public String unit() { return unit; }
    public long priceVnd() { return priceVnd; }
    /** The stock: home units plus stock slots, as loaded. */
    public int stock() { return totalStock; }
    public Integer weightGrams() { return weightGrams; }
    public Integer ocopStars() { return ocopStars; }
    public String ocopCertNo() { return ocopCertNo; }
    public String ocopIssuer() { return ocopIssuer; }
    public LocalDate ocopIssuedOn() { return ocopIssuedOn; }
    public LocalDate ocopExpiresOn() { return ocopExpiresOn; }
    public boolean hasPhoto() { return hasPhoto; }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
