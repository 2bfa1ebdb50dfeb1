package vn.htxso.marketplace;

import java.util.UUID;

public record OrderId(UUID value) {
}
