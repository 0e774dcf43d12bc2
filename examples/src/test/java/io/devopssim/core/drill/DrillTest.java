package io.devopssim.core.drill;

import static io.devopssim.core.drill.DrillScenarios.DATABASE;
import static io.devopssim.core.drill.DrillScenarios.DRILL;
import static io.devopssim.core.drill.DrillScenarios.PLACEMENTS;
import static io.devopssim.core.drill.DrillScenarios.SERVICE;
import static io.devopssim.core.drill.DrillScenarios.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failover.CapacityChange;
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
import org.junit.jupiter.api.Timeout;
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
    @Timeout(30)
    void prepare_runFarTooLong_isRefusedBeforeTheBusiestHourIsSearched() throws IOException {
        String huge = SERVICE.replace("duration: 6h", "duration: 1000000000d");
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, huge + PLACEMENTS + TRAFFIC + DATABASE + DRILL));

        // 1e9 days at 15 s steps are 5.76e12 steps, beyond the 400,000,000 any run may have
        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).problems())
                                        .extracting(Problem::path)
                                        .containsExactly("run"))
                .hasMessageContaining("too many");
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

    /** The service with an HPA at {@code percent} CPU, no idle CPU, 1 to 20 replicas a region. */
    private static String withHpa(int percent) {
        return SERVICE
                + "    cpu: {request: 500m, idle: 0, atCapacity: 500m}\n"
                + "    autoscaler:\n      hpa:\n        minReplicas: 1\n        maxReplicas: 20\n"
                + "        metrics:\n          - type: Resource\n            resource: {name: cpu,"
                + " target: {type: Utilization, averageUtilization: "
                + percent
                + "}}\n"
                + PLACEMENTS.replace("replicas: {min: 6, max: 6}", "replicas: {min: 1, max: 20}")
                + TRAFFIC
                + "drill: {region: aws/us-east-1, at: busiest-hour, duration: 1h,"
                + " executePlan: false}\n";
    }

    @Test
    void report_hpaAtFiftyPercent_plansSurvivorsForTheLoadAtHalfTheirCapacity() throws IOException {
        CapacityChange c = drill(withHpa(50)).plan().capacity().get(0);

        // All 120 req/s of the busiest hour go to us-central1: ceil(120 / (25 x 0.5)) = 10
        assertThat(c.region()).isEqualTo("us-central1");
        assertThat(c.loadRps()).isCloseTo(120, within(1e-6));
        assertThat(c.survivingReplicas()).isLessThanOrEqualTo(10);
        assertThat(c.survivingReplicas() + c.replicasToAdd()).isEqualTo(10);
    }

    @Test
    void report_hpaAtEightyPercent_plansSurvivorsForTheLoadAtEightyPercent() throws IOException {
        CapacityChange c = drill(withHpa(80)).plan().capacity().get(0);

        // ceil(120 / (25 x 0.8)) = 6
        assertThat(c.survivingReplicas()).isLessThanOrEqualTo(6);
        assertThat(c.survivingReplicas() + c.replicasToAdd()).isEqualTo(6);
    }

    /** A second service, api: 30 req/s of 10 req/s replicas, 4 a region, in the same regions. */
    private static final String API =
            "  - name: api\n    instanceType: m5.large\n    capacityRps: 10\n"
                    + "    load: {constant: 30}\n"
                    + PLACEMENTS.replace(
                            "replicas: {min: 6, max: 6}", "replicas: {min: 4, max: 4}");

    @Test
    void reports_twoPlacedServices_reportsEachWithItsOwnPlan() throws IOException {
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + API + TRAFFIC + DRILL));
        Drill.Prepared prepared = Drill.prepare(scenario);
        SimulationResult run = run(prepared.model(), scenario);

        List<DrillResult> reports = Drill.reports(prepared, scenario, run, Optional.empty());

        assertThat(reports).extracting(DrillResult::service).containsExactly("web", "api");
        // each plan carries its own service's rate: the hour's 120 req/s of web, 30 of api
        assertThat(reports.get(0).plan().capacity().get(0).loadRps()).isCloseTo(120, within(1e-6));
        assertThat(reports.get(1).plan().capacity().get(0).loadRps()).isCloseTo(30, within(1e-6));
        // api: 4 fixed replicas, ceil(30 / (10 x 0.7)) = 5 needed, 1 added
        assertThat(reports.get(1).plan().capacity().get(0).replicasToAdd()).isEqualTo(1);
        assertThat(reports.get(1).simulated().failedRequests()).isPositive();
    }

    @Test
    void reports_drillNamesAService_reportsOnlyThatOne() throws IOException {
        String drill = DRILL.replace("duration: 1h}", "duration: 1h, service: api}");
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + API + TRAFFIC + drill));
        Drill.Prepared prepared = Drill.prepare(scenario);

        List<DrillResult> reports =
                Drill.reports(
                        prepared, scenario, run(prepared.model(), scenario), Optional.empty());

        assertThat(reports).extracting(DrillResult::service).containsExactly("api");
    }

    @Test
    void prepare_drillNamesAnUnplacedService_namesTheField() throws IOException {
        String drill = DRILL.replace("duration: 1h}", "duration: 1h, service: db}");
        Scenario scenario =
                ScenarioReader.read(
                        DrillScenarios.write(tmp, SERVICE + PLACEMENTS + API + TRAFFIC + drill));

        assertThatThrownBy(() -> Drill.prepare(scenario))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidInputException) e).problems())
                                        .extracting(Problem::path)
                                        .containsExactly("drill.service"))
                .hasMessageContaining("[web, api]")
                .hasMessageContaining("\"db\"");
    }

    @Test
    void render_drill_showsTimelineRtoRpoRequestsAndCostSideBySide() throws IOException {
        DrillResult d = drill(SERVICE + PLACEMENTS + TRAFFIC + DATABASE + DRILL);

        String text = DrillSummary.render(d, java.util.Optional.empty());

        assertThat(text)
                .contains("Failure drill: aws/us-east-1 dies at 10800 s")
                .contains("simulated", "planned", "difference")
                .contains("detected", "traffic moved", "database ready", "capacity recovered")
                .contains("RTO", "RPO (WAL lost)", "requests lost until RTO", "cost: run $")
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
