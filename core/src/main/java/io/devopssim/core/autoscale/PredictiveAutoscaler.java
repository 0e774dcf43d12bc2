package io.devopssim.core.autoscale;

import io.devopssim.core.forecast.LoadForecaster;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Scales ahead of forecast load, never below what a reactive autoscaler (the service's HPA) asks.
 *
 * <p>It is fed the observed arrivals through {@link #observeArrivals}, sums them per whole minute
 * of the wall clock and hands each minute to a {@link LoadForecaster}. At each sync it asks the
 * reactive autoscaler first, then looks {@link PredictiveSettings#leadTimeSeconds() the lead time}
 * ahead: the replicas it asks for now serve traffic only after start-up, readiness and the next
 * sync. It takes the smallest forecast horizon that reaches past the lead time and the highest
 * forecast of that horizon and every shorter one. Sparse horizons (1, 5, 15 minutes) would make an
 * interpolated value average a ramp away, and the replicas a shorter horizon asks for are needed
 * anyway by the time they are ready if the forecast is right early. The forecast rate divided by
 * {@link PredictiveSettings#requestsPerSecondPerReplica()} gives the predicted replicas.
 *
 * <p>The answer is {@code max(reactive, held prediction)}, where the held prediction is the highest
 * prediction of the last {@link PredictiveSettings#scaleDownWindowSeconds()}: scale-up follows a
 * prediction at once, scale-down waits as the HPA's stabilisation window does, so a forecast that
 * wobbles does not make the replica count flap. When the forecaster answers NaN for any horizon it
 * needs (too little history, a trace gap), or has seen no minute yet, the answer is exactly the
 * reactive one.
 *
 * <p>Limitations: the reactive autoscaler is asked every sync and keeps its own history, so its
 * rate-limiting policies count only its own recommendations; a prediction is not rate-limited, only
 * capped at {@link PredictiveSettings#maxReplicas()}. The forecast is a mean over a minute, so
 * bursts inside a minute are left to the reactive policy.
 */
public final class PredictiveAutoscaler implements Autoscaler {

    private final Autoscaler reactive;
    private final LoadForecaster forecaster;
    private final PredictiveSettings settings;
    private final int[] horizons;
    private final MinuteAccumulator minutes;
    private final TimedRing predictions = new TimedRing(32);

    private boolean available;
    private int reactiveReplicas;
    private int predictedReplicas;
    private int heldReplicas;
    private int horizon;
    private double predictedPerMinute;

    private PredictiveAutoscaler(
            Autoscaler reactive, LoadForecaster forecaster, PredictiveSettings settings) {
        this.reactive = reactive;
        this.forecaster = forecaster;
        this.settings = settings;
        this.horizons = checkedHorizons(forecaster.horizons());
        this.minutes = new MinuteAccumulator(forecaster, settings.start());
    }

    /**
     * Returns a predictive autoscaler above {@code reactive}, forecasting with {@code forecaster}.
     *
     * @param reactive the policy whose answer is the floor, usually the service's HPA; this
     *     autoscaler owns it from now on
     * @param forecaster a forecaster with empty history; this autoscaler feeds it from now on
     * @param settings the clock, lead time and per-replica rate
     * @return a new autoscaler
     * @throws IllegalArgumentException if the forecaster's horizons are empty, not increasing or
     *     not positive
     */
    public static PredictiveAutoscaler of(
            Autoscaler reactive, LoadForecaster forecaster, PredictiveSettings settings) {
        Objects.requireNonNull(reactive, "reactive");
        Objects.requireNonNull(forecaster, "forecaster");
        Objects.requireNonNull(settings, "settings");
        return new PredictiveAutoscaler(reactive, forecaster, settings);
    }

    private static int[] checkedHorizons(int[] horizons) {
        boolean valid = horizons != null && horizons.length > 0 && horizons[0] >= 1;
        for (int i = 1; valid && i < horizons.length; i++) {
            valid = horizons[i] > horizons[i - 1];
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    "forecaster horizons must be non-empty, positive and increasing, was "
                            + Arrays.toString(horizons));
        }
        return horizons.clone();
    }

    /** Returns the settings this autoscaler runs with. */
    public PredictiveSettings settings() {
        return settings;
    }

    /**
     * Records that requests arrived at {@code requestsPerSecond} for {@code seconds} from {@code
     * time}; calls must come in time order and may cover any stretch, such as one simulation step.
     *
     * @param time simulated seconds since the start of the run
     * @param requestsPerSecond the arrival rate; NaN when unknown (a trace gap)
     * @param seconds how long the rate held, at least 0
     * @throws IllegalArgumentException if {@code time} is before an earlier stretch
     */
    public void observeArrivals(double time, double requestsPerSecond, double seconds) {
        minutes.add(time, requestsPerSecond, seconds);
    }

    @Override
    public int recommend(ScalingInput input) {
        double now = input.time();
        reactiveReplicas = reactive.recommend(input);
        available = predict(now);
        if (!available) {
            return reactiveReplicas;
        }
        predictions.add(now, predictedReplicas);
        predictions.dropUpTo(now - settings.scaleDownWindowSeconds());
        heldReplicas = predictions.maxValue(0);
        return Math.max(reactiveReplicas, heldReplicas);
    }

    /** Sets the predicted replicas for a sync at {@code now}; false when there is no forecast. */
    private boolean predict(double now) {
        long last = minutes.lastObserved();
        if (last < 0) {
            return false;
        }
        double ready = now + minutes.offsetSeconds() + settings.leadTimeSeconds();
        long ahead = Math.max(1, (long) Math.floor(ready / 60) - last);
        int cover = horizons.length - 1;
        while (cover > 0 && horizons[cover - 1] >= ahead) {
            cover--;
        }
        double highest = -1;
        for (int i = 0; i <= cover; i++) {
            double forecast = forecaster.forecast(horizons[i]);
            if (Double.isNaN(forecast)) {
                return false;
            }
            if (forecast > highest) {
                highest = forecast;
                horizon = horizons[i];
            }
        }
        predictedPerMinute = highest;
        double replicas = highest / 60 / settings.requestsPerSecondPerReplica();
        predictedReplicas = (int) Math.min(settings.maxReplicas(), Math.ceil(replicas - 1e-9));
        return true;
    }

    /** Returns which policy set the count, with the forecast and both answers. */
    @Override
    public String lastReason() {
        if (!available) {
            return "HPA: " + reactive.lastReason() + " (no forecast)";
        }
        String forecast =
                String.format(
                        Locale.ROOT,
                        "predicted %.0f req/min in %d min needs %d %s",
                        predictedPerMinute,
                        horizon,
                        predictedReplicas,
                        predictedReplicas == 1 ? "replica" : "replicas");
        if (heldReplicas <= reactiveReplicas) {
            return "HPA: " + reactive.lastReason() + "; " + forecast;
        }
        if (heldReplicas > predictedReplicas) {
            return String.format(
                    Locale.ROOT,
                    "holding %d replicas predicted within the last %.0f s (now %s); HPA asked %d",
                    heldReplicas,
                    settings.scaleDownWindowSeconds(),
                    forecast,
                    reactiveReplicas);
        }
        return forecast + "; HPA asked " + reactiveReplicas;
    }
}
