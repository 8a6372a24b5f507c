package org.newskg.cli;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newskg spark}: the build on Apache Spark ({@code org.newskg.spark.SparkJob}). Spark's jars
 * are not on newskg.jar's class path (no other command needs them): this command loads them from
 * {@code spark-lib/} beside the jar, in a class loader of its own.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Builds articles on Apache Spark into N-Quads shards (graphs/ and derived/ under --output), the same graph build gives; load them with newskg load. On a cluster, start org.newskg.spark.SparkJob with spark-submit (see README).")
public final class SparkCommand implements Callable<Integer> {
    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "a folder of articles: file:, hdfs:, s3a: (with its connector) …")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "a new folder for the shards")
    String output;

    @Option(names = "--partitions", defaultValue = "0", description = "input partitions (default: eight times the default parallelism, e.g. 16 for local[2])")
    int partitions;

    @Override
    public Integer call() throws Exception {
        ClassLoader loader = sparkOnClassPath() ? NewsKg.class.getClassLoader() : sparkLibLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Object code = loader.loadClass("org.newskg.spark.SparkJob")
                .getMethod("run", String.class, String.class, String.class, int.class, java.io.PrintStream.class)
                .invoke(null, master, input, output, partitions, System.out);
            return (Integer) code;
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw new UserError(cause.getMessage()); // the job's own word on its input or output
            }
            throw cause instanceof Exception x ? x : new IllegalStateException(cause);
        }
    }

    /** Whether Spark is on the class path already (the test class path, or under spark-submit). */
    private static boolean sparkOnClassPath() {
        try {
            Class.forName("org.apache.spark.SparkConf", false, NewsKg.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** A class loader over newskg.jar and the Spark jars of spark-lib/ beside it. */
    private static ClassLoader sparkLibLoader() throws Exception {
        Path jar = Path.of(NewsKg.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = jar.getParent().resolve("spark-lib");
        if (!Files.isDirectory(lib)) {
            throw new UserError("no spark-lib folder beside " + jar + "; build with mvn -B package, which copies Spark's jars there");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
        }
        return new SparkClassLoader(urls.toArray(URL[]::new), NewsKg.class.getClassLoader());
    }

    /**
     * newskg's own classes and libraries from the application class path, Spark's from
     * spark-lib; the job's package is defined here, so that what it names of Spark is found here.
     */
    static final class SparkClassLoader extends URLClassLoader {
        SparkClassLoader(URL[] urls, ClassLoader parent) {
            super("newskg-spark", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && name.startsWith("org.newskg.spark.")) {
                    c = findClass(name);
                }
                if (c == null) {
                    try {
                        c = getParent().loadClass(name);
                    } catch (ClassNotFoundException e) {
                        c = findClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

}
