package org.newskg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load test of a running newskg server: N clients run SPARQL queries (the competency questions
 * of {@code queries/}) in a loop, optionally one client posts articles to live ingest and some
 * clients run heavy queries (a three-way cartesian count and a cartesian ORDER BY) that the
 * server's limits must end, all for a set time. Reports requests per second, latency
 * percentiles and errors per kind of request, and the server's resident memory when its process
 * id is known. Build one with {@link #create()}. Every request goes to the URL given, which
 * should be a server on this machine.
 */
public final class LoadTest {
    /** The heavy queries: a cartesian count that pins a core, a cartesian sort that fills a heap. */
    public static final List<String> HEAVY = List.of(
        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f");

    private final Builder o;

    private LoadTest(Builder o) {
        this.o = o;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of a load test. */
    public static final class Builder {
        private String server = "http://localhost:3030";
        private int clients = 8;
        private Duration duration = Duration.ofSeconds(60);
        private List<Path> queries = List.of();
        private List<Path> ingest = List.of();
        private String user;
        private String password;
        private int heavyClients;
        private long serverPid = -1;

        /** The server's base URL (its dataset is /kg). */
        public Builder server(String url) {
            this.server = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return this;
        }

        public Builder clients(int n) {
            this.clients = n;
            return this;
        }

        public Builder duration(Duration d) {
            this.duration = d;
            return this;
        }

        /** The .rq files the query clients run in turn. */
        public Builder queries(List<Path> files) {
            this.queries = List.copyOf(files);
            return this;
        }

        /** Articles one client posts to /ingest in turn (each post made unique), with these credentials. */
        public Builder ingest(List<Path> files, String user, String password) {
            this.ingest = List.copyOf(files);
            this.user = user;
            this.password = password;
            return this;
        }

        /** Clients that run the {@link #HEAVY} queries alongside. */
        public Builder heavyClients(int n) {
            this.heavyClients = n;
            return this;
        }

        /** The server's process id, to sample its resident memory (Linux). */
        public Builder serverPid(long pid) {
            this.serverPid = pid;
            return this;
        }

        public LoadTest build() {
            if (clients < 0 || heavyClients < 0 || clients + heavyClients == 0 && ingest.isEmpty()) {
                throw new IllegalArgumentException("nothing to run: give query clients, heavy clients or articles to ingest");
            }
            if (clients > 0 && queries.isEmpty()) {
                throw new IllegalArgumentException("query clients need queries");
            }
            return new LoadTest(this);
        }
    }

    /** Latencies and errors of one kind of request. */
    public record Stats(String kind, int requests, int errors, Map<Integer, Integer> statuses, double p50Millis, double p99Millis,
                        double maxMillis) {
        public String line(double seconds) {
            return String.format(Locale.ROOT, "%-8s %6d requests  %7.1f/s  p50 %7.0f ms  p99 %7.0f ms  max %7.0f ms  %d errors  statuses %s",
                kind, requests, requests / seconds, p50Millis, p99Millis, maxMillis, errors, statuses);
        }
    }

    /** What a load test measured. */
    public record Result(double seconds, List<Stats> stats, Optional<Long> maxRssBytes) {
        public String report() {
            StringBuilder b = new StringBuilder();
            stats.forEach(s -> b.append(s.line(seconds)).append('\n'));
            b.append(String.format(Locale.ROOT, "%.1f s; server RSS max %s%n", seconds,
                maxRssBytes.map(r -> String.format(Locale.ROOT, "%.0f MiB", r / 1048576.0)).orElse("unknown (give --server-pid)")));
            return b.toString();
        }
    }

    private static final class Recorder {
        final String kind;
        final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        final Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        final AtomicLong errors = new AtomicLong();

        Recorder(String kind) {
            this.kind = kind;
        }

        void record(long t0, int status, boolean ok) {
            nanos.add(System.nanoTime() - t0);
            statuses.merge(status, 1, Integer::sum);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        Stats stats() {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            Collections.sort(sorted);
            return new Stats(kind, sorted.size(), (int) errors.get(), new TreeMap<>(statuses), pct(sorted, 0.50), pct(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        }

        private static double pct(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = (int) Math.ceil(p * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
        }
    }

    public Result run() throws IOException, InterruptedException {
        List<String> texts = new ArrayList<>();
        for (Path q : o.queries) {
            texts.add(Files.readString(q));
        }
        List<byte[]> articles = new ArrayList<>();
        for (Path a : o.ingest) {
            articles.add(Files.readAllBytes(a));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + o.duration.toNanos();
        Recorder query = new Recorder("query");
        Recorder heavy = new Recorder("heavy");
        Recorder ingest = new Recorder("ingest");
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < o.clients; c++) {
            int first = c;
            threads.add(new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    sparql(http, texts.get(i % texts.size()), query, end);
                }
            }, "loadtest-query-" + c));
        }
        for (int c = 0; c < o.heavyClients; c++) {
            int first = c;
            threads.add(new Thread(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    sparql(http, HEAVY.get(i % HEAVY.size()), heavy, end);
                }
            }, "loadtest-heavy-" + c));
        }
        if (!articles.isEmpty()) {
            String auth = "Basic " + Base64.getEncoder().encodeToString((o.user + ":" + o.password).getBytes(StandardCharsets.UTF_8));
            long run = System.currentTimeMillis();
            threads.add(new Thread(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    byte[] body = articles.get(i % articles.size());
                    byte[] unique = (new String(body, StandardCharsets.UTF_8) + "\nLoad test copy " + run + "-" + i + ".\n")
                        .getBytes(StandardCharsets.UTF_8);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(o.server + "/ingest?name=loadtest/" + run + "-" + i + ".txt"))
                        .header("Authorization", auth).header("Content-Type", "text/plain; charset=utf-8")
                        .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(unique)).build();
                    send(http, req, ingest, 201);
                }
            }, "loadtest-ingest"));
        }
        long t0 = System.nanoTime();
        long[] maxRss = {-1};
        threads.forEach(Thread::start);
        while (threads.stream().anyMatch(Thread::isAlive)) {
            if (o.serverPid > 0) {
                maxRss[0] = Math.max(maxRss[0], rss(o.serverPid));
            }
            Thread.sleep(200);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Stats> stats = new ArrayList<>();
        for (Recorder r : List.of(query, heavy, ingest)) {
            if (!r.nanos.isEmpty()) {
                stats.add(r.stats());
            }
        }
        return new Result(seconds, stats, maxRss[0] > 0 ? Optional.of(maxRss[0]) : Optional.empty());
    }

    private void sparql(HttpClient http, String query, Recorder r, long end) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(o.server + "/kg/sparql"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        send(http, req, r, r.kind.equals("heavy") ? -1 : 200);
    }

    /** Sends a request and reads the whole answer; ok when the status is the one expected (any status for -1, the heavy queries). */
    private static void send(HttpClient http, HttpRequest req, Recorder r, int expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<java.io.InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = resp.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            r.record(t0, resp.statusCode(), expected < 0 ? resp.statusCode() < 500 || resp.statusCode() == 503 : resp.statusCode() == expected);
        } catch (IOException e) {
            r.record(t0, 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The resident set size from /proc (Linux) of a process and its descendants — the server's pid
     * or that of the JVM that launched it ({@code java -jar} starts the server in a second JVM) —,
     * or -1.
     */
    static long rss(long pid) {
        long sum = 0;
        for (long p : processTree(pid)) {
            long one = rssOfOne(p);
            if (one < 0 && p == pid) {
                return -1;
            }
            sum += Math.max(0, one); // a descendant may have ended between the listing and the read
        }
        return sum;
    }

    /** A process and its descendants, the process first. */
    static List<Long> processTree(long pid) {
        List<Long> out = new ArrayList<>();
        out.add(pid);
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> out.add(d.pid())));
        return out;
    }

    private static long rssOfOne(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
