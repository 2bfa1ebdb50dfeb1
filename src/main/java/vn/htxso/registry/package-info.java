/**
 * The registry of cooperative organisations (HTX, co-op groups, unions): members, annual reports, import and
 * export, statistics and targets. Other modules call {@link vn.htxso.registry.Registry}; the module's own web calls
 * the services beside it ({@code Directory}, {@code MemberRegister}, {@code AnnualReports}, {@code CooperativeImport},
 * {@code ImportJobs}, {@code CooperativeStatistics}, {@code Targets}, {@code Exports}), never {@code internal}.
 *
 * <p>Not yet in the one data-access style: these services still hold their SQL ({@code JdbcTemplate}) since they
 * moved out of {@code internal}; the next step moves it into {@code internal} collections over {@code JdbcClient}.
 * Over the ~300-line mark, to split next: {@code Directory} (search vs editing) and {@code CooperativeImport}
 * (reading/validating vs writing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = "platform")
package vn.htxso.registry;
