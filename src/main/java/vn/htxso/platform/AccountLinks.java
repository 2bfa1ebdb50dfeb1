package vn.htxso.platform;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that link things to a user account (the marketplace: the shops a user sells for), so that
 * {@code GET /api/v1/me} can list them without the platform depending on those modules.
 */
public interface AccountLinks {

    List<LinkedShop> shopsOf(CurrentUser user);

    record LinkedShop(UUID id, String name) {
    }
}
