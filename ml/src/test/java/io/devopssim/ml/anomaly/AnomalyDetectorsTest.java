package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class AnomalyDetectorsTest {

    @Test
    void lstm_modelInputDiffersFromWindow_listsEveryProblem() {
        ObjectNode normalisation = (ObjectNode) LstmAnomalyDetectorTest.normalisation();
        normalisation.remove("clip");
        normalisation.put("alphaMin", -1.0);

        assertThatThrownBy(() -> AnomalyDetectors.lstm(new LastValueEngine(30), 60, normalisation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model input size is 30, expected the window 60")
                .hasMessageContaining("normalisation.clip is null")
                .hasMessageContaining("normalisation.alphaMin is -1.0");
    }

    @Test
    void lstm_windowLongerThanWarmUp_isRejected() {
        assertThatThrownBy(
                        () ->
                                AnomalyDetectors.lstm(
                                        new LastValueEngine(500),
                                        500,
                                        LstmAnomalyDetectorTest.normalisation()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window is 500, expected 1..67");
    }
}
