package vn.htxso.marketplace.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Shops extends JpaRepository<Shop, UUID> {

    List<Shop> findByOrganisationIdOrderByName(UUID organisationId);

    List<Shop> findByOwnerUserIdOrderByName(UUID ownerUserId);

    List<Shop> findByProvinceCodeOrderByName(String provinceCode);

    List<Shop> findAllByOrderByProvinceCodeAscNameAsc();
}
