package vn.htxso.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds whether a value appears in the application's own classes (string constants) or resources (configuration,
 * SQL, templates): such a value is public knowledge and never a secret. Read once, at start in {@code prod}.
 */
final class SourceStrings {

    private static final String[] PATTERNS = {"vn/htxso/**/*.class", "application*.yml", "application*.properties",
        "db/**/*.sql", "messages/*.properties", "templates/**/*.html"};

    private List<byte[]> contents;

    boolean appearsIn(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        byte[] needle = value.getBytes(StandardCharsets.UTF_8);
        for (byte[] content : contents()) {
            if (indexOf(content, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private List<byte[]> contents() {
        if (contents == null) {
            List<byte[]> read = new ArrayList<>();
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            try {
                for (String pattern : PATTERNS) {
                    for (Resource resource : resolver.getResources(root() + pattern)) {
                        if (resource.isReadable()) {
                            try (InputStream in = resource.getInputStream()) {
                                read.add(in.readAllBytes());
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contents = read;
        }
        return contents;
    }

    /** Where the application's own classes and resources are (a folder, or a folder inside the jar). */
    private static String root() {
        String self = SourceStrings.class.getName().replace('.', '/') + ".class";
        String url = String.valueOf(SourceStrings.class.getClassLoader().getResource(self));
        return url.substring(0, url.length() - self.length());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
