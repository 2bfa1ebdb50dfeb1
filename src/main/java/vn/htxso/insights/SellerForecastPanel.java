package vn.htxso.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.htxso.marketplace.SellerPanels;
import vn.htxso.platform.CurrentUser;

/** The seller's dashboard shows the outlook of its products with the most sales (those with enough sales first). */
@Component
class SellerForecastPanel implements SellerPanels {

    static final int SHOWN = 3;

    private final Forecasts forecasts;

    SellerForecastPanel(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public List<Panel> panels(CurrentUser user, UUID shopId) {
        return List.of(new Panel("insights/_outlook", new ShopOutlooks(shopId, top(forecasts.outlooks(user, shopId, 4)))));
    }

    static List<OutlookView> top(List<OutlookView> all) {
        List<OutlookView> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(OutlookView::enoughSales).reversed()
                .thenComparing(Comparator.comparingLong(OutlookView::expected).reversed())
                .thenComparing(OutlookView::productName));
        return sorted.subList(0, Math.min(SHOWN, sorted.size()));
    }
}
