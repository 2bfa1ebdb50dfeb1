package vn.htxso.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Adds the {@code demo} profile to the profiles the build chose ({@code test}, or {@code test,postgres} in
 * bin/test), for tests that need API.md's demo accounts and data: {@code @ActiveProfiles(resolver = WithDemoData.class)}.
 */
public class WithDemoData implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(Arrays.asList(
                System.getProperty("spring.profiles.active", "test").split(",")));
        if (!profiles.contains("demo")) {
            profiles.add("demo");
        }
        return profiles.stream().map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }
}
