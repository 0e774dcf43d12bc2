package io.devopssim.core.discrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessorSharingPoolTest {

    private final SimulationKernel kernel = SimulationKernel.create(1L);
    private final Map<Long, Double> finishedAt = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private final ProcessorSharingPool pool =
            ProcessorSharingPool.create(
                    kernel,
                    0.8,
                    (vm, job, time) -> {
                        finishedAt.put(job, time);
                        log.add(vm + ":" + job + "@" + time);
                    });

    private long[] submitAll(int vm, double... works) {
        long[] ids = new long[works.length];
        for (int i = 0; i < works.length; i++) {
            ids[i] = pool.submit(vm, works[i]);
        }
        return ids;
    }

    private void assertFinishTimes(long[] ids, double... expected) {
        for (int i = 0; i < ids.length; i++) {
            assertThat(finishedAt.get(ids[i])).as("job %d", i).isCloseTo(expected[i], within(1e-9));
        }
    }

    @Test
    void submit_oneJobOnTwoCores_finishesAfterItsWork() {
        int vm = pool.addVm(2);
        long[] ids = submitAll(vm, 5);

        kernel.run();

        assertFinishTimes(ids, 5);
    }

    @Test
    void submit_twoJobsOnTwoCores_eachGetsACore() {
        int vm = pool.addVm(2);
        long[] ids = submitAll(vm, 3, 5);

        kernel.run();

        assertFinishTimes(ids, 3, 5);
    }

    @Test
    void submit_threeJobsOnTwoCores_shareTwoThirdsEachUntilTheFirstFinishes() {
        // 2, 4 and 6 core-seconds: at 2/3 each the first needs 3 s; then one core each for the
        // remaining 2 and 4 core-seconds: t = 5 and t = 7.
        int vm = pool.addVm(2);
        long[] ids = submitAll(vm, 2, 4, 6);

        kernel.run();

        assertFinishTimes(ids, 3, 5, 7);
    }

    @Test
    void submit_fiveJobsOnTwoCores_rateRisesAsJobsFinish() {
        // 1..5 core-seconds. 5 jobs at 2/5: V=1 at 2.5 s. 4 at 1/2: V=2 after 2 s more (4.5).
        // 3 at 2/3: V=3 after 1.5 s (6). 2 at 1: V=4 at 7, V=5 at 8.
        int vm = pool.addVm(2);
        long[] ids = submitAll(vm, 1, 2, 3, 4, 5);

        kernel.run();

        assertFinishTimes(ids, 2.5, 4.5, 6, 7, 8);
    }

    @Test
    void submit_jobsArrivingMidway_slowTheRunningJobFromTheirArrival() {
        // A (4) alone until t=1 attains 1. B and C (2 each) join: three jobs at 2/3, B and C
        // need 2 more, so 3 s: t=4, when A has attained 3. A alone needs 1 more: t=5.
        int vm = pool.addVm(2);
        long a = pool.submit(vm, 4);
        long[] bc = new long[2];
        kernel.scheduleAt(
                1,
                k -> {
                    bc[0] = pool.submit(vm, 2);
                    bc[1] = pool.submit(vm, 2);
                });

        kernel.run();

        assertThat(finishedAt.get(a)).isCloseTo(5, within(1e-9));
        assertThat(finishedAt.get(bc[0])).isCloseTo(4, within(1e-9));
        assertThat(finishedAt.get(bc[1])).isCloseTo(4, within(1e-9));
    }

    @Test
    void utilisation_followsTheJobCount() {
        int vm = pool.addVm(2);
        pool.submit(vm, 4);
        kernel.scheduleAt(1, k -> submitAll(vm, 2, 2));
        List<Double> seen = new ArrayList<>();
        for (double t : new double[] {0.5, 2, 4.5, 6}) {
            kernel.scheduleAt(t, k -> seen.add(pool.utilisation(vm)));
        }

        kernel.run();

        assertThat(seen).containsExactly(0.5, 1.0, 0.5, 0.0);
    }

    @Test
    void utilisation_moreJobsThanCores_isCappedAtOne() {
        int vm = pool.addVm(4);
        submitAll(vm, 1, 1, 1, 1, 1, 1);

        assertThat(pool.utilisation(vm)).isEqualTo(1.0);
        assertThat(pool.jobCount(vm)).isEqualTo(6);
    }

    @Test
    void busyAndIdleVms_areIndexedInCreationOrder() {
        int a = pool.addVm(2);
        int b = pool.addVm(2);
        int c = pool.addVm(2);
        int d = pool.addVm(2);
        submitAll(d, 10, 10);
        submitAll(a, 10, 10, 10);
        submitAll(b, 10);

        List<Integer> busy = new ArrayList<>();
        pool.forEachBusyVm(busy::add);
        List<Integer> idle = new ArrayList<>();
        pool.forEachIdleVm(idle::add);

        assertThat(busy).containsExactly(a, d);
        assertThat(pool.busyVms()).isEqualTo(2);
        assertThat(idle).containsExactly(c);
        assertThat(pool.idleVms()).isEqualTo(1);
    }

    @Test
    void busyVms_afterCompletions_leaveTheIndex() {
        int vm = pool.addVm(2);
        submitAll(vm, 1, 2);

        kernel.runUntil(1.5);

        assertThat(pool.busyVms()).isZero();
        assertThat(pool.idleVms()).isZero();
        kernel.run();
        assertThat(pool.idleVms()).isEqualTo(1);
    }

    @Test
    void runningVmAt_afterARemoval_skipsTheRemovedVm() {
        int a = pool.addVm(2);
        int b = pool.addVm(2);
        int c = pool.addVm(2);

        pool.removeVm(b);

        assertThat(pool.runningVms()).isEqualTo(2);
        assertThat(pool.runningVmAt(0)).isEqualTo(a);
        assertThat(pool.runningVmAt(1)).isEqualTo(c);
        assertThat(pool.isRunning(b)).isFalse();
        assertThat(pool.vmsCreated()).isEqualTo(3);
        assertThatThrownBy(() -> pool.runningVmAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void completions_sameInputsTwice_sameLog() {
        List<String> first = workload();
        List<String> second = new ProcessorSharingPoolTest().workload();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private List<String> workload() {
        int[] vms = {pool.addVm(2), pool.addVm(1), pool.addVm(3)};
        for (int i = 0; i < 30; i++) {
            int vm = vms[i % 3];
            double work = 1 + (i * 7) % 5;
            kernel.scheduleAt(i * 0.7, k -> pool.submit(vm, work));
        }
        kernel.run();
        return log;
    }

    @Test
    void completionEvents_countsDispatchedEventsNotJobs() {
        int vm = pool.addVm(2);
        submitAll(vm, 3, 3);

        kernel.run();

        assertThat(pool.completedJobs()).isEqualTo(2);
        assertThat(pool.completionEvents()).isEqualTo(1);
    }

    @Test
    void submit_badWork_isRejectedNamingTheValue() {
        int vm = pool.addVm(2);

        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> pool.submit(vm, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("work")
                    .hasMessageContaining(String.valueOf(bad));
        }
        assertThat(pool.jobCount(vm)).isZero();
    }

    @Test
    void removeVm_withJobs_isRefusedAndChangesNothing() {
        int vm = pool.addVm(2);
        pool.submit(vm, 1);

        assertThatThrownBy(() -> pool.removeVm(vm))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 jobs");
        assertThat(pool.runningVms()).isEqualTo(1);
    }

    @Test
    void submit_removedOrUnknownVm_isRejected() {
        int vm = pool.addVm(2);
        pool.removeVm(vm);

        assertThatThrownBy(() -> pool.submit(vm, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pool.submit(7, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 7");
        assertThatThrownBy(() -> pool.addVm(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void submit_beforeAnyVm_saysThePoolHasNone() {
        assertThatThrownBy(() -> pool.submit(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vm must be an id issued by this pool (none yet), was 0");
    }

    @Test
    void create_thresholdOutsideZeroToOne_isRejected() {
        assertThatThrownBy(() -> ProcessorSharingPool.create(kernel, 1.5, (v, j, t) -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
