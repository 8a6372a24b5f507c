package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file of {@code user: password} lines (the format of Jetty's and Fuseki's password files;
 * {@code #} starts a comment): read here to check it before a server starts (the server's login
 * itself is Jetty's, over the same file) and to take a client's credentials from it.
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

    /** A user and password to log in with. */
    public record Credentials(String user, String password) {
    }

    /**
     * The credentials of a user of this file, or of its only user when {@code user} is null.
     *
     * @throws IllegalArgumentException saying what to give when the user is not in the file or not named
     */
    public Credentials credentials(String user) {
        String who = user;
        if (who == null) {
            if (passwords.size() != 1) {
                throw new IllegalArgumentException("the password file has " + passwords.size() + " users; say which with --user NAME");
            }
            who = passwords.keySet().iterator().next();
        }
        String name = who;
        return new Credentials(name, password(name).orElseThrow(() -> new IllegalArgumentException("no user '" + name + "' in the password file")));
    }

    /** A user's password, if the file has the user. */
    private Optional<String> password(String user) {
        return Optional.ofNullable(passwords.get(user)).map(b -> new String(b, StandardCharsets.UTF_8));
    }
}
