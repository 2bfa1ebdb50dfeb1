package vn.htxso.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Versioned links ({@code /css/app-<hash>.css}) for the static files only. Spring's own filter asks the resource
 * chain about every link a page writes ({@code /registry/organisations/…} too); the static handler's pattern is
 * {@code /**}, so each of them was looked up in the jar's static folders on every render and, not being found, never
 * cached: half of a dashboard's CPU under load. Links outside the static folders are now left as they are.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    /** The folders under {@code static/} and the webjars: the only links the resource chain rewrites. */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/", "/learning/");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticOnlyFilter());
        registration.setName("resourceUrlEncodingFilter");
        registration.addUrlPatterns("/*");
        return registration;
    }

    static boolean isStatic(String path) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static final class StaticOnlyFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest httpRequest)
                    || !(response instanceof HttpServletResponse httpResponse)) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
                @Override
                public String encodeURL(String url) {
                    String context = httpRequest.getContextPath();
                    String path = url.startsWith(context) ? url.substring(context.length()) : url;
                    if (isStatic(path) && httpRequest.getAttribute(
                            ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider) {
                        String versioned = provider.getForRequestUrl(httpRequest, url);
                        if (versioned != null) {
                            return super.encodeURL(versioned);
                        }
                    }
                    return super.encodeURL(url);
                }
            });
        }
    }
}
