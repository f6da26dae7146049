package com.journeycrm.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (a public list shipped as {@code security/common-passwords.txt}, with its source
 * and licence in its header): a password found there, whatever its case, is refused. Loaded once, ~10,000 strings.
 */
final class CommonPasswords {

    private static final class Holder {
        static final Set<String> LIST = load();
    }

    private CommonPasswords() {}

    static boolean contains(String password) {
        return password != null && Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        var stream = CommonPasswords.class.getResourceAsStream("/security/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the build");
        }
        Set<String> list = new HashSet<>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    list.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(list);
    }
}
