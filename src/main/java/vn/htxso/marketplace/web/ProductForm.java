package vn.htxso.marketplace.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.htxso.marketplace.Category;

/** The seller's new-product page and one-product edit page. */
public class ProductForm {

    @NotBlank(message = "{marketplace.product.name.required}")
    @Size(max = 200, message = "{marketplace.product.name.size}")
    @vn.htxso.platform.PlainName
    private String name;
    @Size(max = 4000, message = "{marketplace.product.description.size}")
    private String description;
    @NotNull(message = "{marketplace.product.category.required}")
    private Category category;
    @NotBlank(message = "{marketplace.product.unit.required}")
    @Size(max = 20, message = "{marketplace.product.unit.size}")
    private String unit;
    @NotNull(message = "{marketplace.product.price.required}")
    @DecimalMin(value = "1", message = "{marketplace.product.price.min}")
    @Digits(integer = 12, fraction = 0, message = "{marketplace.product.price.digits}")
    private BigDecimal priceVnd;
    @NotNull(message = "{marketplace.product.stock.required}")
    @DecimalMin(value = "0", message = "{marketplace.product.stock.min}")
    @DecimalMax(value = "1000000000", message = "{marketplace.product.stock.digits}")
    @Digits(integer = 10, fraction = 0, message = "{marketplace.product.stock.digits}")
    private BigDecimal stock;
    @DecimalMin(value = "0", message = "{marketplace.product.weight.invalid}")
    @DecimalMax(value = "1000000", message = "{marketplace.product.weight.invalid}")
    @Digits(integer = 7, fraction = 0, message = "{marketplace.product.weight.invalid}")
    private BigDecimal weightGrams;

    /** The version the edit page showed (edit page only). */
    private Long version;
    /** Hidden from buyers (edit page only). */
    private boolean hidden;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public boolean isHidden() { return hidden; }
    public void setHidden(boolean hidden) { this.hidden = hidden; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getPriceVnd() { return priceVnd; }
    public void setPriceVnd(BigDecimal priceVnd) { this.priceVnd = priceVnd; }
    public BigDecimal getStock() { return stock; }
    public void setStock(BigDecimal stock) { this.stock = stock; }
    public BigDecimal getWeightGrams() { return weightGrams; }
    public void setWeightGrams(BigDecimal weightGrams) { this.weightGrams = weightGrams; }
}
