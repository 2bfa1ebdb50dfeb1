package vn.htxso.marketplace.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Products extends JpaRepository<Product, UUID> {

    @Query("select p from Product p where p.shop.id = ?1 and p.active = true order by p.name")
    List<Product> ofShop(UUID shopId);

    @Query("select p from Product p join fetch p.shop where p.id = ?1")
    java.util.Optional<Product> withShop(UUID id);
}
