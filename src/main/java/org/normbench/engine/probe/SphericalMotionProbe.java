package org.normbench.engine.probe;

import ai.djl.ndarray.NDArray;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.normbench.engine.Tensors;
import org.normbench.engine.train.HeavyBallMomentum;
import org.normbench.engine.train.LearningRateSchedule;

/**
 * Spherical motion dynamics of scale-invariant weights (spec 004 §2.2–2.3, §4): every step, per tracked tensor,
 * in float64 — the norm N_t = ‖w_t‖, h̃_t = (‖g_t‖² + 2α⟨v_{t−1}, g_t⟩)‖w_t‖² (= ‖g̃_t‖² for SGD), its mean L̂ over
 * the last 200 steps of the stage, the theoretical norm N*_t from L̂ (Thms 1–2), the angular update
 * Δ_t = angle(w_t, w_{t+1}) in the stable form 2·atan2(‖a − b‖, ‖a + b‖) of the unit vectors, its equilibrium
 * Δ* = √(2λη/(1+α)) (Thm 3) and |cos(w_t, g_t)| (Lemma 1). g_t is the loss gradient without the weight-decay
 * term; v_{t−1} is the optimizer's buffer with it.
 *
 * <p>Series (every {@code every} steps): {@value #ANGULAR_UPDATE}.k, {@value #ANGULAR_UPDATE_THEORY},
 * {@value #WEIGHT_NORM}.k, {@value #WEIGHT_NORM_THEORY}.k, {@value #UNIT_GRADIENT}.k,
 * {@value #WEIGHT_GRADIENT_COSINE}.k for tensor k = 1, 2, …. Summaries: see docs/metrics.md (spec 004).
 *
 * <p>With a span k ≥ 1 (spec 004 S6, the linear-scaling critique) it also reports, over the last 30%, the mean
 * angle(w_t, w_{t+k}) turned in k steps ({@code span_angle}) and RMS(Δ) itself ({@code angular_update_rms}),
 * each averaged over the tensors: runs whose batch sizes differ compare the angle turned per the same number of
 * examples.
 */
public final class SphericalMotionProbe implements Probe {

    public static final String ANGULAR_UPDATE = "angular_update";
    public static final String ANGULAR_UPDATE_THEORY = "angular_update_theory";
    public static final String WEIGHT_NORM = "weight_norm";
    public static final String WEIGHT_NORM_THEORY = "weight_norm_theory";
    public static final String UNIT_GRADIENT = "unit_gradient";
    public static final String WEIGHT_GRADIENT_COSINE = "weight_gradient_cosine";

    /** L is estimated as the mean over 200 consecutive iterations (the paper's Fig. 2 caption). */
    static final int WINDOW = 200;
    /** Equilibrium ratios are averaged over the last 30% of the final stage (spec 004 §6.1). */
    static final double TAIL = 0.3;
    /** Equilibrium: the 200-step mean of Δ within 5% of Δ* for a hold of max(200, τ) steps (§4.10). */
    static final double TOLERANCE = 0.05;
    /** Far above equilibrium N ≥ 3N*: the gradient's outward push is then at most 1/81 of weight decay's pull. */
    static final double FAR_ABOVE = 3;
    /** The fewest far-above steps a decay rate is fitted on. */
    static final int MIN_DECAY_STEPS = 100;

    private final long every;
    private final HeavyBallMomentum optimizer;
    private final LearningRateSchedule schedule;
    private final double momentum;
    private final double weightDecay;
    private final List<Track> tracks = new ArrayList<>();
    private final int span;

    /** @param weights the scale-invariant tensors to follow, numbered 1, 2, … in that order */
    public SphericalMotionProbe(List<NDArray> weights, HeavyBallMomentum optimizer, long every) {
        this(weights, optimizer, every, 0);
    }

    /** @param span k of the angle turned in k steps, or 0 for none */
    public SphericalMotionProbe(List<NDArray> weights, HeavyBallMomentum optimizer, long every, int span) {
        if (span < 0) {
            throw new IllegalArgumentException("the span must be a number of steps ≥ 0, got " + span);
        }
        this.span = span;
        if (every < 1) {
            throw new IllegalArgumentException("logging interval must be positive, got " + every);
        }
        if (!(optimizer.weightDecay() > 0)) {
            throw new IllegalArgumentException("spec 004's equilibrium needs weight decay λ > 0");
        }
        this.every = every;
        this.optimizer = optimizer;
        this.schedule = optimizer.schedule();
        this.momentum = optimizer.momentum();
        this.weightDecay = optimizer.weightDecay();
        for (NDArray weight : weights) {
            tracks.add(new Track(weight));
        }
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        double loss = Math.exp(logLoss);
        double rate = schedule.rate(step);
        boolean record = step % every == 0;
        if (record) {
            sink.point(ANGULAR_UPDATE_THEORY, step, angularUpdateStar(rate));
        }
        for (int k = 0; k < tracks.size(); k++) {
            Track track = tracks.get(k);
            String suffix = "." + (k + 1);
            double[] w = Tensors.values(track.weight);
            double[] g = Tensors.values(track.weight.getGradient());
            double[] v = Tensors.values(optimizer.buffer(track.weight));
            double normSquared = 0;
            double gradientSquared = 0;
            double weightGradient = 0;
            double bufferGradient = 0;
            double bufferSquared = 0;
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] * loss;
                normSquared += w[i] * w[i];
                gradientSquared += gi * gi;
                weightGradient += w[i] * gi;
                bufferGradient += v[i] * gi;
                bufferSquared += v[i] * v[i];
            }
            if (schedule.dropsAt(step)) {
                track.windowStart = track.statistic.size();
            }
            track.statistic.add((gradientSquared + 2 * momentum * bufferGradient) * normSquared);
            double estimate = track.statistic.mean(Math.max(track.windowStart, track.statistic.size() - WINDOW),
                    track.statistic.size());
            double theoryNorm = Math.sqrt(normSquaredStar(estimate, rate));
            double norm = Math.sqrt(normSquared);
            track.norm.add(norm);
            track.normRatio.add(norm / theoryNorm);
            double cosine = gradientSquared > 0 ? Math.abs(weightGradient) / Math.sqrt(normSquared * gradientSquared)
                    : 0;
            track.maxCosine = Math.max(track.maxCosine, cosine);
            if (bufferSquared > 0 && gradientSquared > 0) {
                track.bufferCosine.add(bufferGradient / Math.sqrt(bufferSquared * gradientSquared));
            }
            if (track.previous != null) {
                double angle = angle(track.previous, w);
                track.angles.add(angle);
                if ((step - 1) % every == 0) {
                    sink.point(ANGULAR_UPDATE + suffix, step - 1, angle);
                }
            }
            track.previous = w;
            if (span > 0) {
                if (track.recent.size() == span) {
                    track.spanAngles.add(angle(track.recent.pollFirst(), w));
                }
                track.recent.addLast(w);
            }
            if (record) {
                sink.point(WEIGHT_NORM + suffix, step, norm);
                sink.point(WEIGHT_NORM_THEORY + suffix, step, theoryNorm);
                sink.point(UNIT_GRADIENT + suffix, step, estimate);
                sink.point(WEIGHT_GRADIENT_COSINE + suffix, step, cosine);
            }
        }
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        Map<String, Double> summaries = new LinkedHashMap<>();
        int last = (int) step;
        // the stage of the last update (step − 1): a run may end exactly where η would drop next
        int finalStart = (int) schedule.stageStart(Math.max(0, step - 1));
        int tailStart = finalStart + (int) ((1 - TAIL) * (last - finalStart));
        if (last - tailStart >= 1) {
            double star = angularUpdateStar(schedule.rate(finalStart));
            putFarthestFromOne(summaries, "angular_update_ratio",
                    tracks.stream().map(t -> t.angles.rms(tailStart, last) / star).toList());
            putFarthestFromOne(summaries, "weight_norm_ratio",
                    tracks.stream().map(t -> t.normRatio.mean(tailStart, last)).toList());
        }
        int firstEnd = schedule.dropEvery() > 0 ? (int) Math.min(schedule.dropEvery(), last) : last;
        equilibriumStep(firstEnd).ifPresent(s -> summaries.put("equilibrium_step", s));
        putFarthestFromOne(summaries, "norm_decay_ratio",
                tracks.stream().map(t -> decayRatio(t, firstEnd)).filter(r -> !Double.isNaN(r)).toList());
        summaries.put("max_weight_gradient_cosine", tracks.stream().mapToDouble(t -> t.maxCosine).max().orElse(0));
        if (momentum > 0 && tracks.stream().allMatch(t -> t.bufferCosine.size() > 0)) {
            summaries.put("momentum_gradient_cosine",
                    tracks.stream().mapToDouble(t -> t.bufferCosine.mean(0, t.bufferCosine.size())).average()
                            .orElseThrow());
        }
        postDropRatio(last).ifPresent(r -> summaries.put("post_drop_angular_ratio", r));
        if (span > 0 && last - tailStart >= 1 && tracks.get(0).spanAngles.size() > tailStart) {
            // entry j of the span angles is angle(w_j, w_{j+k})
            summaries.put("span_angle", tracks.stream()
                    .mapToDouble(t -> t.spanAngles.mean(tailStart, t.spanAngles.size())).average().orElseThrow());
            summaries.put("angular_update_rms", tracks.stream()
                    .mapToDouble(t -> t.angles.rms(tailStart, last)).average().orElseThrow());
        }
        return summaries;
    }

    /** Δ* = √(2λη/(1+α)) (Thm 3). */
    public double angularUpdateStar(double rate) {
        return Math.sqrt(2 * weightDecay * rate / (1 + momentum));
    }

    /** (w*)² from the estimate L̂ of E h̃: √(Lη/(2λ)) for SGD (Thm 1), √(Lη/(λ(1−α)(2 − λη/(1+α)))) (Thm 2). */
    public double normSquaredStar(double estimate, double rate) {
        if (momentum == 0) {
            return Math.sqrt(estimate * rate / (2 * weightDecay));
        }
        return Math.sqrt(estimate * rate / (weightDecay * (1 - momentum)
                * (2 - weightDecay * rate / (1 + momentum))));
    }

    /**
     * The first step at which every tensor's 200-step mean Δ stays within 5% of Δ* for max(200, τ) steps,
     * τ = (1−α)/(4λη), capped at a third of the stage (§4.10); empty when some tensor never does.
     */
    private OptionalDouble equilibriumStep(int end) {
        double rate = schedule.rate(0);
        double star = angularUpdateStar(rate);
        int hold = (int) Math.min(Math.max(WINDOW, (1 - momentum) / (4 * weightDecay * rate)), end / 3.0);
        if (hold < 1) {
            return OptionalDouble.empty();
        }
        double latest = 0;
        for (Track track : tracks) {
            double[] ratio = new double[Math.min(end, track.angles.size())];
            for (int t = 0; t < ratio.length; t++) {
                ratio[t] = track.angles.mean(Math.max(0, t + 1 - WINDOW), t + 1) / star;
            }
            int first = firstStable(ratio, hold);
            if (first < 0) {
                return OptionalDouble.empty();
            }
            latest = Math.max(latest, first);
        }
        return OptionalDouble.of(latest);
    }

    /**
     * Far above equilibrium only weight decay acts (spec 004 §2.3): the least-squares slope of ln N_t over the
     * second half of the initial stretch with N ≥ 3N*, over {@link #decayRate}; NaN when that stretch is too short.
     */
    private double decayRatio(Track track, int end) {
        int far = 0;
        while (far < end && track.normRatio.get(far) >= FAR_ABOVE) {
            far++;
        }
        if (far < MIN_DECAY_STEPS) {
            return Double.NaN;
        }
        int from = far / 2;
        double meanT = (from + far - 1) / 2.0;
        double meanLog = 0;
        for (int t = from; t < far; t++) {
            meanLog += Math.log(track.norm.get(t));
        }
        meanLog /= far - from;
        double covariance = 0;
        double variance = 0;
        for (int t = from; t < far; t++) {
            covariance += (t - meanT) * (Math.log(track.norm.get(t)) - meanLog);
            variance += (t - meanT) * (t - meanT);
        }
        double slope = covariance / variance;
        return -slope / decayRate(schedule.rate(0));
    }

    /**
     * The per-step decay rate of ‖w‖ under weight decay alone: −ln of the dominant root of the heavy-ball recursion
     * w_{t+1} = (1 + α − λη)w_t − αw_{t−1} (spec 004 eq. 59 without the gradient), i.e. −ln(1 − λη) for SGD. To
     * first order it is spec 004 §2.3's λη/(1−α), which is 12% low at λη = 1e-3, α = 0.9 (2% at the pilot's 2e-4).
     * Complex roots (λη &gt; (1 − √α)²) oscillate with modulus √α.
     */
    public double decayRate(double rate) {
        double b = 1 + momentum - weightDecay * rate;
        double discriminant = b * b - 4 * momentum;
        double root = discriminant >= 0 ? (b + Math.sqrt(discriminant)) / 2 : Math.sqrt(momentum);
        return -Math.log(root);
    }

    /**
     * After the first drop η → η/k, RMS(Δ)/Δ*(η/k) over the 200 steps starting a quarter of Cor. 3.1's bound
     * ⌈ln k·(1−α)/(4λη/k)⌉ later, averaged over tensors (§6.5): below 0.8 without rescaling, ≈ 1 with it.
     */
    private OptionalDouble postDropRatio(int last) {
        long drop = schedule.dropEvery();
        if (drop == 0 || drop >= last) {
            return OptionalDouble.empty();
        }
        double rate = schedule.rate(drop);
        double bound = Math.ceil(Math.log(schedule.rate(drop - 1) / rate) * (1 - momentum)
                / (4 * weightDecay * rate));
        int start = (int) (drop + Math.round(bound / 4));
        if (start + WINDOW > Math.min(last, schedule.stageStart(drop) + drop)) {
            return OptionalDouble.empty();
        }
        double star = angularUpdateStar(rate);
        return OptionalDouble.of(tracks.stream()
                .mapToDouble(t -> t.angles.rms(start, start + WINDOW) / star).average().orElse(Double.NaN));
    }

    /** The first index from which |ratio − 1| ≤ 5% holds for {@code hold} values in a row, or −1. */
    static int firstStable(double[] ratio, int hold) {
        int run = 0;
        for (int i = 0; i < ratio.length; i++) {
            run = Math.abs(ratio[i] - 1) <= TOLERANCE ? run + 1 : 0;
            if (run >= hold) {
                return i - hold + 1;
            }
        }
        return -1;
    }

    /** The angle between a and b, as 2·atan2(‖â − b̂‖, ‖â + b̂‖): exact for tiny angles, unlike acos. */
    public static double angle(double[] a, double[] b) {
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        na = Math.sqrt(na);
        nb = Math.sqrt(nb);
        double difference = 0;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] / na - b[i] / nb;
            double s = a[i] / na + b[i] / nb;
            difference += d * d;
            sum += s * s;
        }
        return 2 * Math.atan2(Math.sqrt(difference), Math.sqrt(sum));
    }

    /**
     * The value farthest from 1 (the worst tensor), or nothing when no tensor has a finite one (w* needs a positive
     * mean of h̃).
     */
    private static void putFarthestFromOne(Map<String, Double> summaries, String name, List<Double> values) {
        values.stream().filter(Double::isFinite).max((a, b) -> Double.compare(Math.abs(a - 1), Math.abs(b - 1)))
                .ifPresent(v -> summaries.put(name, v));
    }

    /** What the probe keeps of one tensor. */
    private static final class Track {
        final NDArray weight;
        final Values norm = new Values();
        final Values normRatio = new Values();
        final Values statistic = new Values();
        final Values angles = new Values();
        final Values bufferCosine = new Values();
        final Values spanAngles = new Values();
        final ArrayDeque<double[]> recent = new ArrayDeque<>();
        double maxCosine;
        int windowStart;
        double[] previous;

        Track(NDArray weight) {
            this.weight = weight;
        }
    }

    /** A growable array of doubles, one value per step. */
    private static final class Values {
        private double[] data = new double[1024];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        double get(int i) {
            return data[i];
        }

        int size() {
            return size;
        }

        /** Mean of [from, to); NaN when empty. */
        double mean(int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += data[i];
            }
            return sum / (to - from);
        }

        double rms(int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += data[i] * data[i];
            }
            return Math.sqrt(sum / (to - from));
        }
    }
}
