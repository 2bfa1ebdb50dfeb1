package vn.htxso.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Organisations extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByRegistrationNo(String registrationNo);

    List<Organisation> findByProvinceCodeOrderByName(String provinceCode);
}
