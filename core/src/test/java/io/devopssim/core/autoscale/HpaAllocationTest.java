package io.devopssim.core.autoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Checks that a sync which changes nothing allocates nothing, as the Autoscaler contract asks. */
class HpaAllocationTest {

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    private static long bytesPerThousandSyncs(HpaAutoscaler hpa, TestScalingInput in) {
        for (int i = 0; i < 20_000; i++) {
            hpa.recommend(in.at(i * 15.0));
        }
        long before = allocatedBytes();
        for (int i = 20_000; i < 21_000; i++) {
            hpa.recommend(in.at(i * 15.0));
        }
        return allocatedBytes() - before;
    }

    @Test
    void recommend_steadyState_allocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        MetricSpec queue = Specs.external("queue", MetricSpec.TargetType.AVERAGE_VALUE, 10);
        HpaAutoscaler legacy = HpaAutoscaler.of(Specs.legacy(1, 50, Specs.cpu(50), queue));
        HpaAutoscaler behavior =
                HpaAutoscaler.of(
                        Specs.withBehavior(1, 50, HpaBehavior.upstreamDefaults(), Specs.cpu(50)));
        TestScalingInput in = new TestScalingInput(2).follow(40, 0.5, Double.NaN);
        in.external(1, 400);

        // About 800 bytes come from the measuring call itself; one object per sync would be 16,000.
        assertThat(bytesPerThousandSyncs(legacy, in)).isLessThan(4_000);
        assertThat(bytesPerThousandSyncs(behavior, in)).isLessThan(4_000);
    }
}
