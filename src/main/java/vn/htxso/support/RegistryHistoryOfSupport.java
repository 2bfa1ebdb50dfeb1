package vn.htxso.support;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import vn.htxso.registry.Registry;
import vn.htxso.support.internal.SupportStore;

/**
 * Writes a deployed support package into the co-op's history in the registry ("Nhận gói hỗ trợ": package, provider,
 * programme), so that the alliance and the co-op see there what support the co-op received. Idempotent: a
 * redelivered event writes nothing more.
 */
@Service
class RegistryHistoryOfSupport {

    private final SupportStore store;
    private final Registry registry;

    RegistryHistoryOfSupport(SupportStore store, Registry registry) {
        this.store = store;
        this.registry = registry;
    }

    @ApplicationModuleListener(id = "support.registry-history")
    void on(PackageDeployed deployed) {
        store.application(deployed.applicationId()).ifPresent(a -> registry.noteInHistory(deployed.cooperativeId(),
                deployed.deployedAt(), a.providerName() == null ? "support" : a.providerName(), Registry.SUPPORT_DEPLOYED,
                a.packageName() + " · " + a.programmeName() + " · " + a.id()));
    }
}
