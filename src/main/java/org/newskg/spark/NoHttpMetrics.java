package org.newskg.spark;

import com.codahale.metrics.MetricRegistry;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

/**
 * Spark's metrics servlet without its HTTP handler. Spark makes the handler of its default
 * metrics servlet even with the web UI off, and that handler's servlet holder needs a class
 * (jakarta.servlet.SingleThreadModel) that the Servlet 6 API newskg's Fuseki runs on no longer
 * has. newskg's job serves no metrics over HTTP; the metrics themselves are kept as Spark keeps
 * them. Set as {@code spark.metrics.conf.*.sink.servlet.class} by {@link SparkJob}.
 */
public class NoHttpMetrics extends MetricsServlet {
    public NoHttpMetrics(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
