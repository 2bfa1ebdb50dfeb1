package vn.htxso.platform.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;

/** Every log line says which request (an id, also sent back as {@code X-Request-Id}) and which user. */
@Configuration(proxyBeanMethods = false)
class RequestLogging {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UserFilter> userLoggingFilter() {
        FilterRegistrationBean<UserFilter> registration = new FilterRegistrationBean<>(new UserFilter());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    static final class RequestIdFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = UUID.randomUUID().toString().substring(0, 8);
            MDC.put("requestId", id);
            response.setHeader("X-Request-Id", id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove("requestId");
            }
        }
    }

    /** Runs after Spring Security, when the user is known. */
    static final class UserFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CurrentUsers.current().map(CurrentUser::username).ifPresent(u -> MDC.put("user", u));
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove("user");
            }
        }
    }
}
