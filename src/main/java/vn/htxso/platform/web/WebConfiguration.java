package vn.htxso.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.htxso.platform.CurrentUser;
import vn.htxso.platform.CurrentUsers;
import vn.htxso.platform.internal.Accounts;

/**
 * Vietnamese first: the locale is Vietnamese unless the user picked English ({@code ?lang=en}), which a cookie
 * and the user's profile remember. API clients may ask for English with {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver(Accounts accounts) {
        return new RememberingLocaleResolver(accounts);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }

    /** Lets controllers take {@code CurrentUser user} as a parameter ({@code null} when nobody is signed in). */
    static final class CurrentUserResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(CurrentUser.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
            return CurrentUsers.current().orElse(null);
        }
    }

    static final class RememberingLocaleResolver extends CookieLocaleResolver {
        private final Accounts accounts;

        RememberingLocaleResolver(Accounts accounts) {
            super("htxso-lang");
            this.accounts = accounts;
            setCookieMaxAge(Duration.ofDays(365));
            setDefaultLocaleFunction(RememberingLocaleResolver::defaultLocale);
        }

        private static Locale defaultLocale(HttpServletRequest request) {
            String header = request.getHeader("Accept-Language");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && header != null
                    && header.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
                return Locale.ENGLISH;
            }
            return VIETNAMESE;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Locale locale = super.resolveLocale(request);
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                    .orElse(VIETNAMESE);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale == null ? null : SUPPORTED.stream()
                    .filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(VIETNAMESE);
            super.setLocale(request, response, chosen);
            if (chosen != null && request.getParameter("lang") != null) {
                CurrentUsers.current().ifPresent(u -> accounts.preferLocale(u.id(), chosen.toLanguageTag()));
            }
        }
    }
}
