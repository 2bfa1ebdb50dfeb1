package vn.htxso.insights.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.htxso.insights.Forecasts;
import vn.htxso.platform.CurrentUser;

/** The seller's page of sales forecasts, one per product (its own shop only). */
@Controller
class SellerForecastsController {

    private final Forecasts forecasts;

    SellerForecastsController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/insights/shops/{shopId}/forecasts")
    String forecasts(CurrentUser user, @PathVariable UUID shopId, @RequestParam(required = false) String horizon,
                     Model model) {
        int steps = Horizons.parse(horizon);
        model.addAttribute("shopId", shopId);
        model.addAttribute("horizon", steps);
        model.addAttribute("outlooks", forecasts.outlooks(user, shopId, steps));
        return "insights/seller-forecasts";
    }
}
