package vn.htxso.support;

import vn.htxso.registry.SizeClass;

/**
 * A programme's subsidy rule: a share of the package price, capped by the co-op's size class. A co-op whose size
 * class is unknown gets the micro cap (the smallest), until the registry knows better.
 */
public record SubsidyRule(int sharePercent, long capMicroVnd, long capSmallVnd, long capMediumVnd, long capLargeVnd) {

    public long subsidy(long priceVnd, SizeClass sizeClass) {
        long share = Math.multiplyExact(priceVnd, (long) sharePercent) / 100;
        return Math.max(0, Math.min(share, cap(sizeClass)));
    }

    public long cap(SizeClass sizeClass) {
        if (sizeClass == null) {
            return capMicroVnd;
        }
        return switch (sizeClass) {
            case MICRO -> capMicroVnd;
            case SMALL -> capSmallVnd;
            case MEDIUM -> capMediumVnd;
            case LARGE -> capLargeVnd;
        };
    }
}
