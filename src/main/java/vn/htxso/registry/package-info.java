/**
 * The registry of cooperative organisations (HTX, co-op groups, unions): members, annual reports, import and
 * export, statistics and targets. Other modules call {@link vn.htxso.registry.Registry}; the module's own web calls
 * the services beside it ({@code Directory}, {@code MemberRegister}, {@code AnnualReports}, {@code CooperativeImport},
 * {@code ImportJobs}, {@code CooperativeStatistics}, {@code Targets}, {@code Exports}), never {@code internal}.
 *
 * <p>SQL lives in {@code internal} collections over {@code JdbcClient} ({@code OrganisationRows},
 * {@code OrganisationChanges}, {@code Members}, {@code Reports}, {@code RegistryFigures}); {@code Directory} reads
 * organisations, {@code OrganisationEditing} changes them. Not yet moved: {@code CooperativeImport} (393 lines,
 * to split into reading/validating and writing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = "platform")
package vn.htxso.registry;
