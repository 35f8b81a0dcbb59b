package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a vertical bar chart, computed on the server and drawn by the {@code chart}
 * template as inline SVG (labels escaped like any other text; no script, no CDN).
 */
record BarChart(
        int width,
        int height,
        int axisY,
        int axisX0,
        int axisX1,
        List<Bar> bars,
        List<Tick> ticks,
        String caption) {

    record Bar(
            int x,
            int y,
            int w,
            int h,
            int labelX,
            int valueY,
            String label,
            long value,
            boolean showLabel) {}

    record Tick(int y, long value) {}

    static final int WIDTH = 760;
    static final int HEIGHT = 280;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 22;
    private static final int BOTTOM = 34;

    /** Bars for (label, value) pairs in order; at most ~24 labels are written under the axis. */
    static BarChart of(List<String> labels, List<Long> values, String caption) {
        int n = labels.size();
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int axisY = TOP + plotH;
        double slot = n == 0 ? plotW : (double) plotW / n;
        int barW = (int) Math.max(1, Math.min(56, slot * 0.72));
        int every = Math.max(1, (int) Math.ceil(n / 24.0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long v = values.get(i);
            int h = (int) Math.round((double) v / top * plotH);
            int cx = (int) Math.round(LEFT + slot * i + slot / 2);
            bars.add(
                    new Bar(
                            cx - barW / 2,
                            axisY - h,
                            barW,
                            h,
                            cx,
                            axisY - h - 5,
                            labels.get(i),
                            v,
                            i % every == 0));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long t = 0; t <= top; t += step) {
            ticks.add(new Tick(axisY - (int) Math.round((double) t / top * plotH), t));
        }
        return new BarChart(WIDTH, HEIGHT, axisY, LEFT, WIDTH - RIGHT, bars, ticks, caption);
    }

    // 1, 2 or 5 times a power of ten, giving at most about five gridlines.
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (max / (step * f) <= 5) {
                    return step * f;
                }
            }
            step *= 10;
        }
    }

    int labelY() {
        return axisY + 18;
    }

    int tickLabelX() {
        return axisX0 - 6;
    }
}
