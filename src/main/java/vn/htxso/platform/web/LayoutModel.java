package vn.htxso.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;
import vn.htxso.platform.FixtureProgress;

/**
 * Gives every page the signed-in user, for the layout's menu, and whether the demo data is still being written in the
 * background (the layout then says so).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final ObjectProvider<FixtureProgress> demoData;

    LayoutModel(ObjectProvider<FixtureProgress> demoData) {
        this.demoData = demoData;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }

    @ModelAttribute("demoDataPreparing")
    boolean demoDataPreparing() {
        FixtureProgress loader = demoData.getIfAvailable();
        return loader != null && loader.preparing();
    }
}
