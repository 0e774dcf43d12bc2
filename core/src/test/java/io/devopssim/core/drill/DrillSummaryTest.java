package io.devopssim.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.failover.CapacityChange;
import io.devopssim.core.failover.DatabaseAction;
import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.failover.FailureScope;
import io.devopssim.core.failover.PlanStep;
import io.devopssim.core.failover.PlanStep.Step;
import io.devopssim.core.sim.FailoverResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DrillSummaryTest {

    private static final double AT = 86_400 + 14 * 3600;

    private static FailoverPlan plan() {
        return new FailoverPlan(
                "w",
                FailureScope.region("us-east-1"),
                List.of(
                        new PlanStep(Step.DETECTION, 75, 60, 90, ""),
                        new PlanStep(Step.DATABASE_PROMOTED, 32, 22, 42, ""),
                        new PlanStep(Step.TRAFFIC_SHIFTED, 135, 120, 150, ""),
                        new PlanStep(Step.CAPACITY_READY, 180, 150, 240, "")),
                new DatabaseAction(DatabaseAction.Action.PROMOTE, Optional.of("pg-3"), "b"),
                List.of(new CapacityChange("gcp", "b", 2, 100, 100, 4, 280.32)),
                false,
                180,
                2048,
                0.03,
                5000,
                280.32);
    }

    private static DrillResult drill(Optional<DrillResult.DatabaseOutcome> db) {
        FailoverResult sim =
                new FailoverResult(
                        "region-outage us-east-1",
                        List.of("us-east-1"),
                        AT,
                        OptionalDouble.of(AT + 7200),
                        OptionalDouble.of(AT + 80),
                        OptionalDouble.of(AT + 140),
                        OptionalDouble.of(AT + 400),
                        OptionalDouble.of(300),
                        6000);
        return new DrillResult(
                new DrillSpec("aws", "us-east-1", OptionalDouble.empty(), 7200),
                AT,
                new BusiestHour(AT, 90, 120),
                "web",
                sim,
                db,
                OptionalDouble.of(300),
                OptionalDouble.of(9000),
                12.5,
                40,
                plan(),
                180,
                Optional.empty());
    }

    @Test
    void render_withDatabase_putsSimulatedPlannedAndDifferenceInColumns() {
        var db =
                new DrillResult.DatabaseOutcome(
                        "promoted pg-3", OptionalDouble.of(35), 3072, 0.045);

        String text =
                DrillSummary.render(
                        drill(Optional.of(db)), Optional.of(Instant.parse("1995-07-01T04:00:00Z")));

        assertThat(text)
                .startsWith(
                        "Failure drill: aws/us-east-1 dies at 1995-07-02 18:00 UTC (the busiest"
                                + " hour of the trace, 90 req/s) for 2 h; service web");
        assertThat(row(text, "detected")).containsSequence("80.0 s", "75.0 s", "+5.0 s");
        assertThat(row(text, "traffic moved")).containsSequence("140.0 s", "135.0 s", "+5.0 s");
        assertThat(row(text, "database ready")).containsSequence("35.0 s", "32.0 s", "+3.0 s");
        assertThat(row(text, "capacity recovered"))
                .containsSequence("400.0 s", "180.0 s", "+220.0 s");
        assertThat(row(text, "RTO")).containsSequence("300.0 s", "180.0 s", "+120.0 s");
        assertThat(row(text, "RPO (WAL lost)")).containsSequence("3.0 KiB", "2.0 KiB", "+1.0 KiB");
        assertThat(row(text, "requests lost until RTO"))
                .containsSequence("9,000", "5,000", "+4,000");
        assertThat(row(text, "  of which to the dead region")).contains("6,000");
        assertThat(text)
                .contains("promote pg-3 in b")
                .contains("gcp/b +4")
                .contains("$280.32/month");
    }

    @Test
    void render_withoutSimulatedRto_namesTheRequestsLostWhileDown() {
        DrillResult d = drill(Optional.empty());
        DrillResult noRto =
                new DrillResult(
                        d.spec(),
                        d.failureAt(),
                        d.hour(),
                        d.service(),
                        d.simulated(),
                        d.database(),
                        OptionalDouble.empty(),
                        d.requestsLost(),
                        d.survivorCost(),
                        d.runCost(),
                        d.plan(),
                        d.plannedRtoSeconds(),
                        d.execution());

        String text = DrillSummary.render(noRto, Optional.empty());

        assertThat(row(text, "requests lost while down")).containsSequence("9,000", "5,000");
        assertThat(text).doesNotContain("requests lost until RTO");
    }

    @Test
    void render_planExecuted_addsTheAddedReplicasRowAndTheHpaAloneLine() throws IOException {
        DrillResult hpa = drill(Optional.empty());
        FailoverResult alone =
                new FailoverResult(
                        "region-outage us-east-1",
                        List.of("us-east-1"),
                        AT,
                        OptionalDouble.empty(),
                        OptionalDouble.of(AT + 80),
                        OptionalDouble.of(AT + 140),
                        OptionalDouble.of(AT + 500),
                        OptionalDouble.of(420),
                        7000);
        var execution =
                new DrillResult.Execution(OptionalDouble.of(170), alone, OptionalDouble.of(420));
        DrillResult executed =
                new DrillResult(
                        hpa.spec(),
                        hpa.failureAt(),
                        hpa.hour(),
                        hpa.service(),
                        hpa.simulated(),
                        hpa.database(),
                        hpa.rtoSeconds(),
                        hpa.requestsLost(),
                        hpa.survivorCost(),
                        hpa.runCost(),
                        hpa.plan(),
                        hpa.plannedRtoSeconds(),
                        Optional.of(execution));

        String text = DrillSummary.render(executed, Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DrillJson.write(executed, out);

        assertThat(row(text, "added replicas ready"))
                .containsSequence("170.0 s", "180.0 s", "-10.0 s");
        assertThat(text)
                .contains(
                        "HPA alone (plan not executed, first 1 h): capacity recovered 500.0 s,"
                                + " RTO 420.0 s, 7,000 failed requests")
                .contains("executed in the run")
                .doesNotContain("the simulation only has the HPA");
        assertThat(DrillSummary.render(hpa, Optional.empty()))
                .doesNotContain("added replicas ready", "HPA alone")
                .contains("the simulation only has the HPA");
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.get("planExecuted").asBoolean()).isTrue();
        assertThat(json.at("/hpaOnly/rtoSeconds").asDouble()).isEqualTo(420);
        assertThat(json.get("addedReplicasReadySeconds").asDouble()).isEqualTo(170);
    }

    @Test
    void render_withoutDatabase_saysSoForTheDatabaseAndRpo() {
        String text = DrillSummary.render(drill(Optional.empty()), Optional.empty());

        assertThat(row(text, "database")).contains("no database in the scenario");
        assertThat(row(text, "RPO")).contains("no database in the scenario");
        assertThat(text).contains("dies at 136800 s");
    }

    @Test
    void write_drill_givesTimesAfterTheFailureAndThePlan() throws IOException {
        var db = new DrillResult.DatabaseOutcome("promoted pg-3", OptionalDouble.empty(), 10, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DrillJson.write(drill(Optional.of(db)), out);

        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.at("/simulated/detectedSeconds").asDouble()).isEqualTo(80);
        assertThat(json.at("/simulated/database/readySeconds").isNull()).isTrue();
        assertThat(json.at("/plan/failure/target").asText()).isEqualTo("us-east-1");
        assertThat(json.get("busiestHour").asBoolean()).isTrue();
    }

    private static List<String> row(String text, String name) {
        String line =
                text.lines()
                        .filter(l -> l.startsWith("  " + name + " "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no row " + name + " in\n" + text));
        String rest = line.substring(2 + name.length()).trim();
        return List.of(rest.split("\\s{2,}"));
    }
}
