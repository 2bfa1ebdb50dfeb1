package vn.htxso.marketplace.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product of an order, with the price taken from the product when the order was placed. */
@Entity
@Table(name = "order_lines")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(name = "product_name", nullable = false)
    private String productName;
    @Column(nullable = false)
    private String unit;
    @Column(name = "unit_price_vnd", nullable = false)
    private long unitPriceVnd;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "line_total_vnd", nullable = false)
    private long lineTotalVnd;

    protected OrderLine() {
    }

    OrderLine(Order order, Product product, int quantity) {
        this.order = order;
        this.productId = product.id();
        this.productName = product.name();
        this.unit = product.unit();
        this.unitPriceVnd = product.priceVnd();
        this.quantity = quantity;
        this.lineTotalVnd = Math.multiplyExact(product.priceVnd(), quantity);
    }

    public UUID productId() { return productId; }
    public String productName() { return productName; }
    public String unit() { return unit; }
    public long unitPriceVnd() { return unitPriceVnd; }
    public int quantity() { return quantity; }
    public long lineTotalVnd() { return lineTotalVnd; }
}
