package org.awesomevlm.kg.importer;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Runs the reading half of an import (the block scanner: commonmark and the entry parser) on a
 * thread of its own while the calling thread runs the writing half (assembler, graph, Turtle). The
 * two halves cost about the same, so with a second core the import takes about half the time. The
 * scanner's pieces and its warnings reach the calling thread through one queue, in the order the
 * scanner made them, so the graph, the output bytes and the order of the warnings are exactly those
 * of a single thread; the writing half never touches the source.
 */
final class ScanAhead {
    /** Items handed over at a time: one hand-over per piece would cost more than most pieces. */
    private static final int BATCH = 256;

    /**
     * The first batch's size, doubled for each next one up to {@link #BATCH}: the writing thread
     * starts after a few pieces instead of waiting for a quarter of a 10^3-paper list.
     */
    private static final int FIRST = 8;

    /** Batches in flight: enough to smooth the two halves' pace, little memory. */
    private static final int DEPTH = 16;

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(DEPTH);
    private Object[] batch = new Object[FIRST];
    private int filled;
    private volatile boolean cancelled;

    /** The last item: the scanner has ended (its result or failure is set before it). */
    private static final Object END = new Object();

    // written by the scanning thread before END, read after END is taken (the queue orders them)
    private Throwable failure;
    private int result;

    /** Thrown in the scanning thread to stop it once the writing half has failed. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code scan} on a new thread, giving it a handoff (pieces, and warnings through {@code
     * warn}) that feeds the queue; here, hands each piece to {@code pieces} and each warning to
     * {@code warnings}, in order. Returns what {@code scan} returned; rethrows what either half
     * threw (the scanner's failure as it was thrown, after the pieces made before it have been
     * written).
     */
    int run(ToIntFunction<Handoff> scan, Consumer<Piece> pieces, List<ImportWarning> warnings) {
        Handoff handoff = new Handoff();
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                result = scan.applyAsInt(handoff);
                            } catch (Cancelled c) {
                                return;
                            } catch (Throwable t) { // handed to the calling thread, rethrown there
                                failure = t;
                            }
                            offer(END);
                        },
                        "kg-import-scan");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ended = false;
            while (!ended) {
                for (Object item : queue.take()) {
                    if (item == null) {
                        break; // the rest of a short batch
                    } else if (item == END) {
                        ended = true;
                    } else if (item instanceof Piece p) {
                        pieces.accept(p);
                    } else {
                        warnings.add((ImportWarning) item);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            throw new IllegalStateException("import interrupted", e);
        } catch (RuntimeException | Error e) {
            cancelled = true;
            throw e;
        } finally {
            join(reader);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return result;
    }

    private static void join(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds an item to the current batch; sends the batch when it is full or at {@link #END}. */
    private void offer(Object item) {
        batch[filled++] = item;
        if (filled < batch.length && item != END) {
            return;
        }
        hand();
    }

    /** Puts the current batch into the queue (waits while it is full) and starts the next. */
    private void hand() {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
        batch = new Object[Math.min(BATCH, 2 * batch.length)];
        filled = 0;
    }

    /** The scanning thread's side: pieces and warnings into the queue, in the order made. */
    final class Handoff implements Consumer<Piece> {
        @Override
        public void accept(Piece p) {
            offer(p);
        }

        void warn(ImportWarning w) {
            offer(w);
        }

        /** Hands over the items so far now, instead of when the batch is full. */
        void send() {
            if (filled > 0) {
                hand();
            }
        }
    }
}
