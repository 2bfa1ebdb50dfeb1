package vn.htxso.insights;

import java.util.List;
import java.util.UUID;

/** The dashboard panel's model: a few outlooks of a shop and the link to all of them. */
public record ShopOutlooks(UUID shopId, List<OutlookView> items) {
}
