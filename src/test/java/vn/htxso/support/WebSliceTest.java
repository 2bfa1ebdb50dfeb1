package vn.htxso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.htxso.platform.VnFormat;
import vn.htxso.platform.internal.Accounts;

/**
 * A slice test of page or API controllers: only the named controllers, the platform's web configuration (current
 * user, locale, page problems and problem+json, layout model), Thymeleaf with the real templates and messages, the
 * {@code fmt} bean and the fixed {@link TestClock}. Services are {@code @MockitoBean}s of the test class; sign in with
 * {@code DemoUsers.as(DemoUsers.MANAGER)} and post with {@code csrf()}. Spring Security runs with Boot's defaults,
 * not the application's rules (those are tested on the whole application). Copy
 * {@code marketplace/web/CheckoutSliceTests} (pages and API) or
 * {@code registry/web/AnnualReportFormSliceTests} (a form).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ActiveProfiles("test")
@Import({TestClock.Configuration.class, VnFormat.class})
@MockitoBean(types = Accounts.class)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
