package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newskg.serve.PasswordFile;

/** The {@code --password-file}/{@code --user} pair of a client command, read into credentials with a user's error. */
final class Credentials {
    private Credentials() {
    }

    static PasswordFile.Credentials from(Path passwordFile, String user) {
        try {
            return PasswordFile.read(passwordFile).credentials(user);
        } catch (IOException e) {
            throw new UserError("cannot read the password file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(passwordFile + ": " + e.getMessage(), 2);
        }
    }
}
