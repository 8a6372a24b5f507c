package org.newskg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.newskg.extract.ArticleFacts;
import org.newskg.ingest.UnreadableArticleException;
import org.newskg.pipeline.InvalidGraphException;
import org.newskg.pipeline.KnowledgeGraphBuilder;
import org.newskg.relation.Relations;
import org.newskg.resolve.ResolvedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live ingest: {@code POST /ingest?name=FILE} with a plain-text article as the body (HTTP Basic
 * authentication) builds it with the models the server keeps loaded and replaces its graph in
 * the store; its facts are queryable as soon as the response returns. Answers 201 with a JSON
 * summary, 200 when the store already has these bytes (unchanged under this name, or a duplicate
 * of another article: nothing is written), 400 for a body that is not an article (empty, binary,
 * not UTF-8) or a name that is not a relative file name, 401 without valid credentials, 409 when
 * another article has this name ({@code replace=true} replaces it), 413 for a body over the size
 * limit, 415 for a body that is not text/plain, 422 when the article's graph violates the shapes.
 */
public final class IngestServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);

    private final transient KnowledgeGraphBuilder builder;
    private final long maxBytes;

    /** Ingest into the builder's store; the server's password file says who may (see {@link KgServer.Builder#passwordFile}). */
    public IngestServlet(KnowledgeGraphBuilder builder, long maxBytes) {
        this.builder = builder;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // the login is Jetty's (the server's password file); RequestGuard refuses /ingest without one
        Optional<String> user = Optional.ofNullable(req.getRemoteUser());
        if (user.isEmpty()) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"" + KgServer.REALM + "\"");
            error(resp, 401, "authentication required: send HTTP Basic credentials of a user in the server's --password-file");
            return;
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
            error(resp, 415, "send the article as text/plain; charset=utf-8 (got " + type + ")");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            error(resp, 413, "the article is over " + maxBytes + " bytes; split it");
            return;
        }
        String name = Optional.ofNullable(req.getParameter("name")).filter(n -> !n.isBlank())
            .orElseGet(() -> "ingest-" + HexFormat.of().formatHex(sha256(body), 0, 6) + ".txt");
        String bad = badName(name);
        if (bad != null) {
            error(resp, 400, "name " + bad + "; give a relative file name such as reports/2024-05-01.txt");
            return;
        }
        boolean replace = "true".equalsIgnoreCase(req.getParameter("replace"));
        long t0 = System.nanoTime();
        try {
            KnowledgeGraphBuilder.Ingested in = builder.ingest(name, body, replace);
            if (in.built() == null) {
                resp.setStatus(200);
                resp.setContentType("application/json; charset=utf-8");
                resp.getOutputStream().write((in.unchanged()
                    ? "{\"sourceFile\":\"" + json(name) + "\",\"unchanged\":true}\n"
                    : "{\"sourceFile\":\"" + json(name) + "\",\"duplicateOf\":\"" + json(in.duplicateOf()) + "\"}\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            ResolvedArticle r = in.built();
            ArticleFacts f = r.facts();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.info("ingested {} for {} in {} ms", name, user.get(), ms);
            resp.setStatus(201);
            resp.setContentType("application/json; charset=utf-8");
            StringBuilder counts = new StringBuilder();
            Relations.counts(f).forEach((relation, n) -> counts.append(",\"").append(relation).append("\":").append(n));
            resp.getOutputStream().write(String.format(java.util.Locale.ROOT,
                "{\"article\":\"%s\",\"sourceFile\":\"%s\",\"published\":%s,\"entities\":%d%s,\"millis\":%d}%n",
                r.articleIri(), json(name), f.article().published().map(d -> "\"" + d + "\"").orElse("null"), r.entities().size(),
                counts, ms).getBytes(StandardCharsets.UTF_8));
        } catch (KnowledgeGraphBuilder.ArticleExistsException e) {
            error(resp, 409, e.getMessage());
        } catch (UnreadableArticleException e) {
            error(resp, 400, e.getMessage());
        } catch (InvalidGraphException e) {
            error(resp, 422, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("ingest of {} failed", name, e);
            error(resp, 500, "the article could not be built: " + e);
        }
    }

    /** Why a client's name cannot name an article, or null if it can. */
    static String badName(String name) {
        if (name.length() > 300) {
            return "is over 300 characters";
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\\' || Character.getType(c) == Character.FORMAT)) {
            return "holds control or format characters, or a backslash";
        }
        if (name.startsWith("/") || name.endsWith("/") || name.contains("//")) {
            return "must be relative, without empty path parts";
        }
        for (String part : name.split("/")) {
            if (part.equals(".") || part.equals("..") || part.startsWith(".")) {
                return "has a part that is '.', '..' or hidden";
            }
        }
        return null;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(("{\"error\":\"" + json(message) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
