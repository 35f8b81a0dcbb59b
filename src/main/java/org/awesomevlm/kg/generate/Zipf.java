package org.awesomevlm.kg.generate;

import java.util.SplittableRandom;

/**
 * Zipf–Mandelbrot ranks in {@code [0, size)}: P(r) ∝ 1/(r + 1 + q), drawn by inverting the
 * continuous CDF, so it needs no table (constant memory for any size).
 */
final class Zipf {
    private final long size;
    private final double q;
    private final double logSpan;

    Zipf(long size, double q) {
        if (size < 1) {
            throw new IllegalArgumentException("size < 1");
        }
        this.size = size;
        this.q = q;
        this.logSpan = StrictMath.log((size + 1 + q) / (1 + q));
    }

    long next(SplittableRandom random) {
        double x = (1 + q) * StrictMath.exp(random.nextDouble() * logSpan) - q;
        long rank = (long) x - 1;
        return Math.max(0, Math.min(size - 1, rank));
    }
}
