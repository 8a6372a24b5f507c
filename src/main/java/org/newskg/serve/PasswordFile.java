package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users allowed to post articles to the live-ingest endpoint, from a file of {@code user: password}
 * lines (the format of Jetty's and Fuseki's password files; {@code #} starts a comment). Checks
 * HTTP Basic credentials in constant time.
 */
public final class PasswordFile {
    private final Map<String, byte[]> passwords;

    private PasswordFile(Map<String, byte[]> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /** Reads a password file; a malformed line is an error that names the line. */
    public static PasswordFile read(Path file) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || colon == l.length() - 1) {
                throw new IOException(file + ":" + (i + 1) + ": expected 'user: password'");
            }
            m.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        if (m.isEmpty()) {
            throw new IOException(file + ": no 'user: password' line");
        }
        return new PasswordFile(m);
    }

    public static PasswordFile of(String user, String password) {
        return new PasswordFile(Map.of(user, password.getBytes(StandardCharsets.UTF_8)));
    }

    /** The user an {@code Authorization: Basic …} header authenticates, if it does. */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not Base64: not credentials
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        byte[] expected = passwords.get(user);
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        // compare even for unknown users, so that timing does not tell which users exist
        boolean ok = MessageDigest.isEqual(expected != null ? expected : new byte[given.length + 1], given) && expected != null;
        return ok ? Optional.of(user) : Optional.empty();
    }
}
