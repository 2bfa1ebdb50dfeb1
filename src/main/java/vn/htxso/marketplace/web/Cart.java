package vn.htxso.marketplace.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The basket in the HTTP session: product → quantity. A guest's basket survives sign-in, because Spring Security
 * gives the session a new id but keeps its attributes. Prices are never kept here: they come from the server.
 */
final class Cart implements Serializable {

    static final String ATTRIBUTE = "marketplace.cart";
    static final int MAX_LINES = 50;
    static final int MAX_QUANTITY = 99_999;

    private final LinkedHashMap<UUID, Integer> lines = new LinkedHashMap<>();

    static Cart of(HttpSession session) {
        Object cart = session.getAttribute(ATTRIBUTE);
        if (cart instanceof Cart existing) {
            return existing;
        }
        Cart created = new Cart();
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    static Cart peek(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Cart cart ? cart : new Cart();
    }

    synchronized void add(UUID productId, int quantity) {
        if (!lines.containsKey(productId) && lines.size() >= MAX_LINES) {
            return;
        }
        lines.merge(productId, quantity, (a, b) -> Math.min(MAX_QUANTITY, a + b));
    }

    synchronized void set(UUID productId, int quantity) {
        if (quantity <= 0) {
            lines.remove(productId);
        } else if (lines.containsKey(productId)) {
            lines.put(productId, Math.min(MAX_QUANTITY, quantity));
        }
    }

    synchronized void remove(UUID productId) {
        lines.remove(productId);
    }

    synchronized void clear() {
        lines.clear();
    }

    synchronized Map<UUID, Integer> lines() {
        return new LinkedHashMap<>(lines);
    }

    synchronized int count() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized boolean isEmpty() {
        return lines.isEmpty();
    }
}
