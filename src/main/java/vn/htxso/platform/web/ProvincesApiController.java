package vn.htxso.platform.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.htxso.platform.AdminUnits;
import vn.htxso.platform.Province;

@RestController
@RequestMapping("/api/v1/provinces")
class ProvincesApiController {

    private final AdminUnits adminUnits;

    ProvincesApiController(AdminUnits adminUnits) {
        this.adminUnits = adminUnits;
    }

    /** The 34 provinces since 1 July 2025. */
    @GetMapping
    List<Province> provinces() {
        return adminUnits.provinces();
    }
}
