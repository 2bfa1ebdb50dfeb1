package vn.htxso.marketplace;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.htxso.marketplace.internal.BuyerAddresses;
import vn.htxso.marketplace.internal.SavedCarts;
import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.Role;
import vn.htxso.platform.VnTime;

/**
 * What the market remembers for a signed-in buyer: the last delivery address (so phone and address are not retyped)
 * and the cart (so an item added while signed in is there after the next sign-in, on any device).
 */
@Service
public class BuyerMemory {

    private final BuyerAddresses addresses;
    private final SavedCarts carts;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BuyerMemory(BuyerAddresses addresses, SavedCarts carts, Clock clock, PlatformTransactionManager transactionManager) {
        this.addresses = addresses;
        this.carts = carts;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    static boolean isBuyer(CurrentUser user) {
        return user != null && user.has(Role.BUYER);
    }

    /** The address of the buyer's last order, if any. */
    public Optional<PlaceOrder.ShippingAddress> lastAddress(CurrentUser buyer) {
        if (!isBuyer(buyer)) {
            return Optional.empty();
        }
        return addresses.of(buyer.id());
    }

    /** Remembers the address of an order just placed (inside the caller's transaction). */
    void rememberAddress(UUID buyerId, PlaceOrder.ShippingAddress a) {
        addresses.save(buyerId, new PlaceOrder.ShippingAddress(a.name().strip(), a.phone().strip(), a.provinceCode(),
                a.communeName().strip(), a.street().strip()), VnTime.now(clock));
    }

    /** The cart kept with the buyer's account, in the order the lines were added. */
    public Map<UUID, Integer> savedCart(CurrentUser buyer) {
        return isBuyer(buyer) ? carts.of(buyer.id()) : new LinkedHashMap<>();
    }

    /** Keeps the buyer's cart as it is now (all lines replaced, all or nothing). */
    public void saveCart(CurrentUser buyer, Map<UUID, Integer> lines) {
        if (!isBuyer(buyer)) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            try {
                transactions.executeWithoutResult(s -> carts.replace(buyer.id(), lines));
                return;
            } catch (DataIntegrityViolationException parallelSave) {
                // another request of the same buyer saved meanwhile: save again over it
                if (attempt >= 2) {
                    throw parallelSave;
                }
            }
        }
    }
}
