package vn.htxso.marketplace.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.htxso.marketplace.Notifications;
import vn.htxso.platform.CurrentUser;

/** In-app notices of orders, for buyers and sellers. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/market/notifications")
    String list(CurrentUser user, Model model) {
        model.addAttribute("notices", notifications.of(user));
        return "marketplace/notifications";
    }
}
