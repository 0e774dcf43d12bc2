package io.devopssim.core.drill;

import static io.devopssim.core.drill.DrillScenarios.DATABASE;
import static io.devopssim.core.drill.DrillScenarios.DRILL;
import static io.devopssim.core.drill.DrillScenarios.PLACEMENTS;
import static io.devopssim.core.drill.DrillScenarios.SERVICE;
import static io.devopssim.core.drill.DrillScenarios.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failover.DatabaseAction;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.scenario.ScenarioReader;
import io.devopssim.core.sim.DatabaseResult;
import io.devopssim.core.sim.FailoverAction;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationBuilder;
import io.devopssim.core.sim.SimulationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillTest {

    @TempDir Path tmp;

    private DrillResult drill(String text) throws IOException {
        Scenario scenario = ScenarioReader.read(DrillScenarios.write(tmp, text));
        Drill.Prepared prepared = Drill.prepare(scenario);
        return Drill.report(prepared, scenario, run(prepared.model(), scenario));
    }

    @Test
    void prepare_busiestHour_failsAtTheStartOfTheSpike() throws IOException {
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(
                                tmp, SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL));

        Drill.Prepared prepared = Drill.prepare(scenario);

        assertThat(prepared.failureAt()).isEqualTo(3 * 3600);
        assertThat(prepared.hour().meanRps()).isEqualTo(120);
        assertThat(prepared.model().failures().orElseThrow().scheduled())
                .singleElement()
                .satisfies(f -> assertThat(f.target()).isEqualTo("us-east-1"))
                .satisfies(f -> assertThat(f.durationSeconds()).isEqualTo(3600));
    }

    @Test
    void report_route53AndAsyncReplica_givesPlausibleTimelineNextToThePlan() throws IOException {
        DrillResult d = drill(SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL);

        double detected = d.simulated().detectedAt().orElseThrow() - d.failureAt();
        // Route 53: checks every 30 s, 3 failures -> detection in [60 s, 90 s].
        assertThat(detected).isBetween(60.0, 90.0);
        double moved = d.simulated().trafficMovedAt().orElseThrow() - d.failureAt();
        // + 60 s TTL after detection.
        assertThat(moved).isBetween(detected + 59, 90.0 + 60 + 15);
        assertThat(d.rtoSeconds().orElseThrow()).isBetween(moved - 15, 1800.0);
        assertThat(d.simulated().failedRequests()).isPositive();
        var db = d.database().orElseThrow();
        assertThat(db.action()).isEqualTo("promoted pg-3");
        // 30 ms behind; the last 30 ms before 3 h are still at the base 40 req/s, x 4 KiB.
        assertThat(db.rpoBytes()).isBetween(0.9 * 0.03 * 40 * 4096, 1.1 * 0.03 * 40 * 4096);
        // The planner holds the hour's mean of 120 req/s.
        assertThat(d.plan().rpoBytes()).isBetween(0.9 * 0.03 * 120 * 4096, 1.1 * 0.03 * 120 * 4096);
        assertThat(d.plan().database().action()).isEqualTo(DatabaseAction.Action.PROMOTE);
        assertThat(d.plannedRtoSeconds()).isBetween(120.0, 150.0);
        assertThat(d.plan().requestsLost()).isPositive();
    }

    @Test
    void report_planExecuted_addsThePlansReplicasAtDetectionAndKeepsTheHpaAloneRun()
            throws IOException {
        // us-central1 may grow to 20 replicas, so the plan's added ones fit
        String placements =
                PLACEMENTS
                        .replace("replicas: {min: 6, max: 6}}\n", "x")
                        .replace(
                                "x      - {provider: gcp",
                                "replicas: {min: 6, max: 6}}\n      - {provider: gcp")
                        .replace(
                                "n2-standard-2, x",
                                "n2-standard-2, replicas: {min: 6, max: 20}}\n");
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + placements + TRAFFIC + DRILL));
        Drill.Prepared prepared = Drill.prepare(scenario);
        SimulationResult alone = run(PlanExecution.hpaOnlyModel(prepared), scenario);
        List<FailoverAction> actions = PlanExecution.actions(prepared, scenario, alone);
        SimulationBuilder full = builder(prepared.model(), scenario);
        actions.forEach(full::failoverAction);
        SimulationResult run = full.build().run();

        DrillResult d = Drill.report(prepared, scenario, run, Optional.of(alone));

        assertThat(alone.durationSeconds()).isEqualTo(prepared.failureAt() + 3600);
        assertThat(actions)
                .singleElement()
                .satisfies(a -> assertThat(a.region()).isEqualTo("us-central1"))
                .satisfies(a -> assertThat(a.replicas()).isEqualTo(d.plan().replicasToAdd()))
                .satisfies(a -> assertThat(a.replicas()).isPositive());
        assertThat(d.planExecuted()).isTrue();
        double detected = d.simulated().detectedAt().orElseThrow() - d.failureAt();
        // start-up and readiness are 0 here: ready at the first 15 s step after the detection
        assertThat(d.execution().orElseThrow().addedReadySeconds().orElseThrow())
                .isBetween(detected, detected + 15);
        assertThat(d.execution().orElseThrow().hpaOnly().failedAt()).isEqualTo(d.failureAt());
    }

    private static SimulationResult run(ClusterModel model, Scenario scenario) {
        return builder(model, scenario).build().run();
    }

    /** Returns a builder of the model's run with the scenario's database, as simulate does. */
    private static SimulationBuilder builder(ClusterModel model, Scenario scenario) {
        SimulationBuilder b = Simulation.builder(model).baseDirectory(scenario.baseDirectory());
        scenario.database().ifPresent(d -> b.database(d.tier()));
        return b;
    }

    @Test
    void report_databaseOutcome_isTheRunsOwnFailover() throws IOException {
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(
                                tmp, SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL));
        Drill.Prepared prepared = Drill.prepare(scenario);
        SimulationResult run = run(prepared.model(), scenario);

        DrillResult d = Drill.report(prepared, scenario, run);

        DatabaseResult.Failover f = run.database().orElseThrow().failovers().get(0);
        assertThat(f.lostAt()).isEqualTo(prepared.failureAt());
        assertThat(f.newPrimary()).contains("pg-3");
        var db = d.database().orElseThrow();
        assertThat(db.readySeconds().orElseThrow())
                .isEqualTo(f.promotedAt().orElseThrow() - prepared.failureAt());
        assertThat(db.rpoBytes()).isEqualTo(f.rpoBytes());
        // with no primary the surviving region fails the writing tenth of what it serves
        assertThat(run.services().get(0).regions().get(1).failedByDataTierRequests()).isPositive();
        assertThat(run.services().get(0).regions().get(0).failedByDataTierRequests()).isZero();
    }

    @Test
    void report_everyMemberInTheFailedRegion_restoresFromTheWalArchive() throws IOException {
        String db =
                DATABASE.replace(
                        "region: us-central1, zone: us-central1-a",
                        "region: us-east-1, zone: use1-az2");

        DrillResult d = drill(SERVICE + PLACEMENTS + TRAFFIC + db + DRILL);

        var outcome = d.database().orElseThrow();
        assertThat(outcome.action()).contains("restored from the WAL archive");
        // at least the 10 GiB base backup at the default restore rate of 200 MiB/s
        assertThat(outcome.readySeconds().orElseThrow()).isGreaterThanOrEqualTo(10.0 * 1024 / 200);
        assertThat(outcome.rpoBytes()).isPositive();
    }

    @Test
    void report_runWithoutTheScenariosDatabase_isRefused() throws IOException {
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(
                                tmp, SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL));
        Drill.Prepared prepared = Drill.prepare(scenario);
        SimulationResult run =
                Simulation.builder(prepared.model())
                        .baseDirectory(scenario.baseDirectory())
                        .build()
                        .run();

        assertThatThrownBy(() -> Drill.report(prepared, scenario, run))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no database");
    }

    @Test
    void render_drill_showsTimelineRtoRpoRequestsAndCostSideBySide() throws IOException {
        DrillResult d = drill(SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL);

        String text = DrillSummary.render(d, java.util.Optional.empty());

        assertThat(text)
                .contains("Failure drill: aws/us-east-1 dies at 10800 s")
                .contains("simulated", "planned", "difference")
                .contains("detected", "traffic moved", "database ready", "capacity recovered")
                .contains("RTO", "RPO (WAL lost)", "failed requests", "cost: run $")
                .contains("promoted pg-3");
    }

    @Test
    void report_withoutDatabase_saysSoInsteadOfAnRpo() throws IOException {
        DrillResult d = drill(SERVICE + PLACEMENTS + TRAFFIC + DRILL);

        assertThat(d.database()).isEmpty();
        String text = DrillSummary.render(d, java.util.Optional.empty());
        assertThat(text).contains("RPO").contains("no database in the scenario");
        assertThat(text).doesNotContain("RPO (WAL lost)");
    }

    @Test
    void prepare_singleRegionScenario_explainsThatADrillNeedsTwoRegions() throws IOException {
        Scenario scenario = ScenarioReader.read(DrillScenarios.write(tmp, SERVICE + DRILL));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs at least two regions");
    }

    @Test
    void prepare_drillRegionNotPlaced_namesTheField() throws IOException {
        String drill = "drill: {region: aws/eu-west-1, at: 1h}\n";
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + TRAFFIC + drill));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).problems())
                                        .extracting(Problem::path)
                                        .containsExactly("drill.region"))
                .hasMessageContaining("aws/eu-west-1");
    }

    @Test
    void prepare_databaseMemberOutsideTheRegions_isRefusedBeforeTheRun() throws IOException {
        String db =
                DATABASE.replace("region: us-central1, zone: us-central1-a", "region: x, zone: y")
                        .replace("zone: use1-az2", "zone: use1-az9");
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + TRAFFIC + db + DRILL));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).problems())
                                        .extracting(Problem::path)
                                        .containsExactly(
                                                "database.members[1].zone",
                                                "database.members[2].region"));
    }

    @Test
    void prepare_runShorterThanAnHour_isRefusedWithTheField() throws IOException {
        String text =
                (SERVICE + PLACEMENTS + TRAFFIC + DRILL).replace("duration: 6h", "duration: 30m");
        Scenario scenario = ScenarioReader.read(DrillScenarios.write(tmp, text));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("run.duration")
                .hasMessageContaining("at least 1 h, was 1800");
    }

    @Test
    void prepare_explicitTimeAfterTheRun_isRefused() throws IOException {
        String drill = "drill: {region: aws/us-east-1, at: 7h}\n";
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + TRAFFIC + drill));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .hasMessageContaining("drill.at")
                .hasMessageContaining("25200");
    }
}
