/**
 * The registry of cooperative organisations (HTX, co-op groups, unions): members, annual reports, import and
 * export, statistics and targets. Its API is {@link vn.htxso.registry.Registry}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = "platform")
package vn.htxso.registry;
