/**
 * Value-chain traceability: farm diary, lots, EPCIS 2.0 events, GS1 Digital Link and the public trace page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Traceability",
        allowedDependencies = {"platform", "registry"})
package vn.htxso.traceability;
