package vn.htxso.marketplace.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.htxso.marketplace.OrderStatus;

public interface Orders extends JpaRepository<Order, UUID> {

    @Query("select o from Order o join fetch o.shop where o.id = ?1")
    Optional<Order> withShop(UUID id);

    @Query("select o from Order o join fetch o.shop where o.buyerId = ?1 order by o.placedAt desc")
    List<Order> ofBuyer(UUID buyerId, Pageable page);

    @Query("select o from Order o where o.shop.id = ?1 order by o.placedAt desc, o.id")
    List<Order> ofShop(UUID shopId, Pageable page);

    @Query("select o from Order o where o.shop.id = ?1 and o.status in ?2 order by o.placedAt")
    List<Order> ofShopIn(UUID shopId, List<OrderStatus> statuses);

    /** The oldest orders of a shop in the given states first (those that waited longest). */
    @Query("select o from Order o where o.shop.id = ?1 and o.status in ?2 order by o.placedAt, o.id")
    List<Order> ofShopIn(UUID shopId, List<OrderStatus> statuses, Pageable page);

    /** One page of a shop's orders in one state, newest first. */
    @Query("select o from Order o where o.shop.id = ?1 and o.status = ?2 order by o.placedAt desc, o.id")
    List<Order> ofShopWithStatus(UUID shopId, OrderStatus status, Pageable page);

    /** How many orders a shop has in each state (states without orders are absent). */
    @Query("select o.status, count(o) from Order o where o.shop.id = ?1 group by o.status")
    List<Object[]> countsByStatus(UUID shopId);

    Optional<Order> findByCode(String code);
}
