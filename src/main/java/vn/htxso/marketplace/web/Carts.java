package vn.htxso.marketplace.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import vn.htxso.marketplace.BuyerMemory;
import vn.htxso.platform.CurrentUser;

/**
 * The session cart joined with the cart kept with a signed-in buyer's account: the first time a session of that
 * buyer needs the cart, the saved lines are added to it (a guest's lines from before the sign-in stay), and every
 * change is saved back.
 */
final class Carts {

    static final String LOADED = "marketplace.cart.loadedFor";

    private Carts() {
    }

    /** The cart of this session, with the account's saved lines once merged in. */
    static Cart of(HttpSession session, CurrentUser user, BuyerMemory memory) {
        Cart cart = Cart.of(session);
        if (user == null) {
            return cart;
        }
        if (!user.id().toString().equals(session.getAttribute(LOADED))) {
            Map<UUID, Integer> saved = memory.savedCart(user);
            boolean guestLines = !cart.isEmpty();
            saved.forEach((product, quantity) -> {
                if (!cart.lines().containsKey(product)) {
                    cart.add(product, quantity);
                }
            });
            session.setAttribute(LOADED, user.id().toString());
            stored(session, cart);
            if (guestLines) {
                memory.saveCart(user, cart.lines());
            }
        }
        return cart;
    }

    /**
     * Saves the cart with the account after a change (nothing for a guest), and writes it back to the session: the
     * session store saves only attributes that are set (save mode {@code on-set-attribute}), not objects changed in
     * place.
     */
    static void changed(HttpSession session, Cart cart, CurrentUser user, BuyerMemory memory) {
        stored(session, cart);
        if (user != null) {
            memory.saveCart(user, cart.lines());
        }
    }

    /** Sets the cart again so that a session kept in a database writes its new lines. */
    static void stored(HttpSession session, Cart cart) {
        session.setAttribute(Cart.ATTRIBUTE, cart);
    }
}
