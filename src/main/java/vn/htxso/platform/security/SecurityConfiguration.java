package vn.htxso.platform.security;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.servlet.LocaleResolver;

import vn.htxso.platform.PublicPaths;
import vn.htxso.platform.Role;
import vn.htxso.platform.internal.Accounts;
import vn.htxso.platform.internal.TrustedDevices;
import vn.htxso.platform.internal.UserAccounts;

/**
 * Two filter chains: the stateless API ({@code /api/**}, HTTP Basic or a personal token, problem+json for 401 and
 * 403, no session, no CSRF) and the pages (form sign-in, session, CSRF token in a cookie).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] ALWAYS_PUBLIC_PAGES = {"/", "/login", "/login/unlock", "/register", "/lang", "/css/**", "/js/**",
        "/img/**", "/webjars/**", "/favicon.ico", "/error", "/error/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**"};

    /** Routes that need the password itself, never a personal token. */
    static final String TOKEN_MINTING = "/api/v1/me/tokens";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    ThrottledAuthenticationProvider throttledAuthenticationProvider(UserAccounts users, PasswordEncoder passwords,
                                                                    LoginThrottle throttle, TrustedDevices devices,
                                                                    Clock clock) {
        return new ThrottledAuthenticationProvider(users, passwords, throttle, devices, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, Accounts accounts, Clock clock,
                            List<PublicPaths> publicPaths) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiTokenFilter(accounts, problems, clock), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    auth.requestMatchers("/actuator/**").hasRole(Role.NATIONAL_ADMIN.name());
                    auth.requestMatchers(HttpMethod.GET, "/api/v1/provinces").permitAll();
                    // what needs the password is refused to a personal token (a leaked token cannot mint more)
                    auth.requestMatchers(HttpMethod.POST, TOKEN_MINTING).access((authentication, context) ->
                            new AuthorizationDecision(authentication.get() != null
                                    && authentication.get().isAuthenticated()
                                    && !(authentication.get() instanceof ApiTokenAuthentication)
                                    && !(authentication.get() instanceof AnonymousAuthenticationToken)));
                    permit(auth, publicPaths, "/api/");
                    auth.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LocaleResolver locales, List<PublicPaths> publicPaths,
                              UserAccounts users, TrustedDevices devices) throws Exception {
        http.addFilterAfter(new SecurityStampFilter(users), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(DeviceDetails::new)
                        .successHandler(new LoginHandlers.Success(locales, devices))
                        .failureHandler(new LoginHandlers.Failure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(ALWAYS_PUBLIC_PAGES).permitAll();
                    permit(auth, publicPaths, null);
                    auth.requestMatchers("/admin/**").hasAnyRole(Role.NATIONAL_ADMIN.name(), Role.PROVINCE_ADMIN.name());
                    auth.anyRequest().authenticated();
                });
        return http.build();
    }

    /** Applies the modules' public paths; {@code prefix} keeps API paths to the API chain and pages to pages. */
    private static void permit(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            List<PublicPaths> publicPaths, String apiPrefix) {
        for (PublicPaths paths : publicPaths) {
            String[] patterns = paths.patterns().stream()
                    .filter(p -> apiPrefix == null ? !p.startsWith("/api/") : p.startsWith(apiPrefix))
                    .toArray(String[]::new);
            if (patterns.length == 0) {
                continue;
            }
            if (paths.method() == null) {
                auth.requestMatchers(patterns).permitAll();
            } else {
                auth.requestMatchers(paths.method(), patterns).permitAll();
            }
        }
    }
}
