package vn.htxso.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;

/** Gives every page the signed-in user, for the layout's menu. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }
}
