package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.load.LoadSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunChecksTest {

    @Test
    void build_hugeDuration_namesTheStepCountInScientificNotation() {
        var model =
                Services.model(
                        Services.web(1, new LoadSpec.Constant(1), Optional.empty()), 1.5e301, 1);

        // 1.5e301 s in 15 s steps are 1e300 steps.
        assertThatThrownBy(() -> Simulation.builder(model).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("run: 1.0E300 steps of 15 s is too many")
                .hasMessageNotContaining("000000000");
    }
}
