package vn.htxso.marketplace.web;

import java.util.UUID;

import vn.htxso.platform.NotFound;

/** Ids from paths: a malformed one is an unknown one (404). */
final class Ids {

    private Ids() {
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("id");
        }
    }
}
