package org.newskg.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor with a fair share for long queries: once a query has run for
 * {@link #SLOW_AFTER_NANOS}, its triple and quad pattern matches pause as long as they work
 * (half the CPU), and after {@link #SLOWER_AFTER_NANOS} four times as long (a fifth), until
 * it ends or reaches the timeout. On a small machine two clients looping over cartesian queries
 * would otherwise take every core from the clients whose queries take milliseconds.
 */
final class FairShareExecutor extends OpExecutorTDB2 {
    static final long SLOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final long SLOWER_AFTER_NANOS = TimeUnit.SECONDS.toNanos(4);
    private static final Symbol STARTED = Symbol.create("https://w3id.org/newskg/ontology#queryStartedNanos");
    private static final int CHECK_EVERY = 2048;

    private FairShareExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Installs the executor for queries on a TDB2 dataset with this context. */
    static void install(Context datasetContext) {
        OpExecutorFactory factory = FairShareExecutor::new;
        QC.setFactory(datasetContext, factory);
    }

    @Override
    protected QueryIterator execute(OpBGP opBGP, QueryIterator input) {
        return new Paced(super.execute(opBGP, input), execCxt);
    }

    @Override
    protected QueryIterator execute(OpQuadPattern quadPattern, QueryIterator input) {
        return new Paced(super.execute(quadPattern, input), execCxt);
    }

    /** Passes bindings through, pausing as {@link FairShareExecutor} says once the query is slow. */
    static final class Paced extends QueryIter1 {
        private final long started;
        private long count;
        private long lastCheck = System.nanoTime();

        Paced(QueryIterator input, ExecutionContext execCxt) {
            super(input, execCxt);
            Context cx = execCxt.getContext();
            Object s = cx.get(STARTED);
            if (s instanceof Long l) {
                this.started = l;
            } else {
                this.started = System.nanoTime();
                cx.set(STARTED, started);
            }
        }

        @Override
        protected boolean hasNextBinding() {
            if (++count % CHECK_EVERY == 0) {
                pace();
            }
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        private void pace() {
            long now = System.nanoTime();
            long running = now - started;
            long worked = now - lastCheck;
            if (running > SLOW_AFTER_NANOS) {
                long pause = running > SLOWER_AFTER_NANOS ? 4 * worked : worked;
                try {
                    TimeUnit.NANOSECONDS.sleep(Math.min(pause, TimeUnit.MILLISECONDS.toNanos(200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            lastCheck = System.nanoTime();
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void closeSubIterator() {
        }
    }
}
