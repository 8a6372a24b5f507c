package org.newskg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's front door, in front of every request:
 * <ul>
 * <li>a state-changing request (any method but GET, HEAD and OPTIONS to a write endpoint, or any
 *     non-read request to {@code /ingest} and the admin API) sent by another web site is refused
 *     (403): its {@code Origin} is not the server's own, or {@code Sec-Fetch-Site} says cross-site.
 *     A page the analyst visits cannot make the browser wipe the store;</li>
 * <li>writes (SPARQL Update, Graph Store writes), the admin API and live ingest need a logged-in
 *     user (the login itself is Jetty's, as Fuseki sets it up from the password file); the
 *     read-only admin pages the UI uses ({@code /$/ping}, {@code /$/server},
 *     {@code /$/stats}) stay open;</li>
 * <li>failed logins are logged with the user name and address (never the password), and an
 *     address with {@link LoginThrottle#MAX_FAILURES} failures in a row is refused (429) for a
 *     while.</li>
 * </ul>
 */
final class RequestGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OPEN_ADMIN = Set.of("/$/ping", "/$/server", "/$/stats", "/$/metrics");

    private final LoginThrottle throttle;
    private final Set<String> writePaths;

    /** @param writePaths the endpoints whose non-read requests need a login (none on a read-only server) */
    RequestGuard(LoginThrottle throttle, Set<String> writePaths) {
        this.throttle = throttle;
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = path(req);
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        boolean safe = SAFE_METHODS.contains(method);
        boolean admin = path.startsWith("/$/") && !OPEN_ADMIN.contains(stripSlash(path));
        boolean ingest = path.equals("/ingest") || path.startsWith("/ingest/");
        if (!safe && crossSite(req)) {
            LOG.warn("refused a cross-site {} {} from {} (Origin: {})", method, path, req.getRemoteAddr(), req.getHeader("Origin"));
            send(resp, 403, "cross-site request refused: a state-changing request must come from this server's own pages or a non-browser client");
            return;
        }
        String address = req.getRemoteAddr();
        String claimed = claimedUser(req.getHeader("Authorization"));
        if (claimed != null) {
            long wait = throttle.secondsLockedOut(address);
            if (wait > 0) {
                resp.setHeader("Retry-After", Long.toString(wait));
                send(resp, 429, "too many failed logins from " + address + "; try again in " + wait + " s");
                return;
            }
        }
        boolean write = !safe && writePaths.contains(stripSlash(path));
        // getUserPrincipal makes Jetty check the credentials sent (the server's password file)
        if ((admin || ingest || write) && req.getUserPrincipal() == null) {
            if (claimed != null) {
                failed(address, claimed, method, path);
            }
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + KgServer.REALM + "\", charset=\"UTF-8\"");
            send(resp, 401, "authentication required: send HTTP Basic credentials of a user in the server's --password-file");
            return;
        }
        chain.doFilter(request, response);
        if (claimed != null) {
            int status = resp.getStatus();
            if (status == 401 || (status == 403 && req.getUserPrincipal() == null)) {
                failed(address, claimed, method, path);
            } else if (req.getUserPrincipal() != null) {
                throttle.succeeded(address);
            }
        }
    }

    private void failed(String address, String user, String method, String path) {
        int n = throttle.failed(address);
        LOG.warn("failed login for user '{}' from {} ({} {}); {} failure(s) in a row from this address", user, address, method, path, n);
    }

    /** True when a browser says the request comes from another site. */
    static boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && site.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return false; // not a browser's cross-origin request (browsers send Origin on every cross-origin POST)
        }
        if (origin.equals("null")) {
            return true; // sandboxed frames, file: pages, redirects across sites
        }
        String host = req.getHeader("Host");
        try {
            URI o = URI.create(origin);
            if (host == null || o.getHost() == null) {
                return true;
            }
            int port = o.getPort() != -1 ? o.getPort() : (o.getScheme().equalsIgnoreCase("https") ? 443 : 80);
            String originHostPort = o.getHost().toLowerCase(Locale.ROOT) + ":" + port;
            String h = host.toLowerCase(Locale.ROOT);
            String hostPort = h.matches(".*:\\d+$") ? h : h + ":" + (req.isSecure() ? 443 : 80);
            return !originHostPort.equals(hostPort);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The user name an Authorization: Basic header claims, without checking it; null if none. */
    static String claimedUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return authorization == null ? null : "(non-Basic credentials)";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.replaceAll("\\p{Cntrl}", "?"); // a user name goes into the log: no line breaks
        } catch (IllegalArgumentException e) {
            return "(malformed credentials)";
        }
    }

    private static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
    }

    private static String stripSlash(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        // the refused request's body is not read: close the connection, so that no client sends its
        // next request into what is left of this one
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Counts failed logins per address and locks an address out after too many. */
    static final class LoginThrottle {
        static final int MAX_FAILURES = 5;
        private static final long BASE_LOCKOUT_SECONDS = 30;
        private final Clock clock;
        private final java.util.concurrent.ConcurrentHashMap<String, long[]> state = new java.util.concurrent.ConcurrentHashMap<>();

        LoginThrottle(Clock clock) {
            this.clock = clock;
        }

        /** Records a failure; returns the failures in a row from this address. */
        int failed(String address) {
            long now = clock.millis();
            long[] s = state.compute(address, (k, v) -> {
                long[] n = v == null ? new long[2] : v.clone();
                n[0]++;
                if (n[0] >= MAX_FAILURES) {
                    // each further failure doubles the lockout, up to an hour
                    long secs = Math.min(3600, BASE_LOCKOUT_SECONDS << Math.min(7, n[0] - MAX_FAILURES));
                    n[1] = now + secs * 1000;
                }
                return n;
            });
            if (state.size() > 100_000) {
                state.entrySet().removeIf(e -> e.getValue()[1] < now);
            }
            return (int) s[0];
        }

        void succeeded(String address) {
            state.remove(address);
        }

        /** Seconds this address must still wait, 0 if none. */
        long secondsLockedOut(String address) {
            long[] s = state.get(address);
            if (s == null || s[1] == 0) {
                return 0;
            }
            long left = s[1] - clock.millis();
            return left <= 0 ? 0 : (left + 999) / 1000;
        }
    }
}
