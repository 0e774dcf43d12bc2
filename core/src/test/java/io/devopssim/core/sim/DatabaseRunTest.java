package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaLost;
import io.devopssim.core.datatier.postgres.PatroniSettings;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A service with four fixed replicas in two zones of us-east-1 at 10 rps, and a two-member cluster:
 * the primary pg-1 in us-east-1a, the replica pg-2 in us-east-1b. The zone us-east-1a dies at 600 s
 * for 300 s. HA loops at explicit phases (pg-1 at 3 s, pg-2 at 7 s), ttl 30 s, loop_wait 10 s.
 */
class DatabaseRunTest {

    static final double STEP = 5;
    static final double RATE = 10;
    static final double SHARE = 0.2;
    static final double FAIL_AT = 600;

    static ClusterModel model() {
        ServiceModel.Builder web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(RATE))
                        .startup(new Distribution.Fixed(30))
                        .readiness(new Distribution.Fixed(10))
                        .placement(
                                Placement.of("aws", "us-east-1", 4, 4, 4)
                                        .withZones(List.of("us-east-1a", "us-east-1b")));
        ScheduledFailure outage =
                new ScheduledFailure(FailureKind.ZONE_OUTAGE, "us-east-1a", FAIL_AT, 300);
        return ClusterModel.builder()
                .name("db")
                .provider("aws")
                .region("us-east-1")
                .service(web)
                .failures(Failures.scheduled(List.of(outage)))
                .run(new RunSettings(5, OptionalDouble.of(1800), STEP))
                .build();
    }

    static PostgresClusterSpec cluster(boolean synchronous, String replicaRegion) {
        return PostgresClusterSpec.builder("orders")
                .member(
                        PostgresMember.builder("pg-1")
                                .location("us-east-1", "us-east-1a")
                                .loopPhaseSeconds(3))
                .member(
                        PostgresMember.builder("pg-2")
                                .location(replicaRegion, "us-east-1b")
                                .shippingDelaySeconds(0.03)
                                .loopPhaseSeconds(7))
                .patroni(
                        PatroniSettings.builder()
                                .ttlSeconds(30)
                                .loopWaitSeconds(10)
                                .synchronousMode(synchronous))
                .build();
    }

    static DatabaseTier tier(boolean synchronous, double share) {
        return new DatabaseTier(cluster(synchronous, "us-east-1"), 1000, share, List.of());
    }

    static SimulationResult run(ClusterModel model, DatabaseTier tier) {
        SimulationBuilder b = Simulation.builder(model).pricing(TwoRegions.PRICING);
        if (tier != null) {
            b.database(tier);
        }
        return b.build().run();
    }

    @Test
    void zoneOutage_ofThePrimarysZone_promotesTheReplicaWithinTtlAndTtlPlusLoopWait() {
        DatabaseResult db = run(model(), tier(false, SHARE)).database().orElseThrow();

        PatroniSettings p = cluster(false, "us-east-1").patroni();
        PrimaryLost lost =
                db.events().stream()
                        .filter(PrimaryLost.class::isInstance)
                        .map(PrimaryLost.class::cast)
                        .findFirst()
                        .orElseThrow();
        DatabaseResult.Failover f = db.failovers().get(0);
        assertThat(f.lostAt()).isEqualTo(FAIL_AT);
        assertThat(f.lostPrimary()).isEqualTo("pg-1");
        assertThat(f.newPrimary()).contains("pg-2");
        assertThat(lost.lastRenewal()).isLessThanOrEqualTo(FAIL_AT);
        // the key is taken at a loop of pg-2 in [ttl, ttl + loop_wait) after the last renewal,
        // and the promotion takes promotionSeconds more (no replay backlog: apply is unlimited)
        double taken = f.promotedAt().getAsDouble() - p.promotionSeconds() - lost.lastRenewal();
        assertThat(taken)
                .isGreaterThanOrEqualTo(p.ttlSeconds())
                .isLessThan(p.ttlSeconds() + p.loopWaitSeconds());
        assertThat(db.primary()).contains("pg-2");
        assertThat(db.timeline()).isEqualTo(2);
        assertThat(db.secondsWithoutPrimary()).isEqualTo(f.promotedAt().getAsDouble() - FAIL_AT);
    }

    @Test
    void noPrimary_failsTheWritingShareOfTheServedRequests_toWithinOneStep() {
        SimulationResult result = run(model(), tier(false, SHARE));

        double without = result.database().orElseThrow().secondsWithoutPrimary();
        ServiceResult web = result.services().get(0);
        // whether there is a primary is read at each step's start: the outage counts in whole
        // steps, so the count is off by at most one step of writing requests
        assertThat(without).isGreaterThan(0);
        assertThat(web.failedByDataTierRequests())
                .isCloseTo(RATE * SHARE * without, within(RATE * SHARE * STEP));
        assertThat(web.regions().get(0).failedByDataTierRequests())
                .isEqualTo(web.failedByDataTierRequests());
        assertThat(web.servedRequests() + web.droppedRequests() + web.failedByDataTierRequests())
                .isCloseTo(web.arrivedRequests(), within(1e-6));
        assertThat(web.availability()).isLessThan(1);
        assertThat(result.totalFailedByDataTierRequests())
                .isEqualTo(web.failedByDataTierRequests());
    }

    @Test
    void serviceWithoutPlacements_alsoFailsItsWritesWhileThereIsNoPrimary() {
        ServiceModel.Builder batch =
                ServiceModel.builder("batch")
                        .instanceType("m5.large")
                        .capacityRps(10)
                        .load(new LoadSpec.Constant(RATE))
                        .minReplicas(2)
                        .maxReplicas(2)
                        .initialReplicas(2);
        ClusterModel m = model();
        ClusterModel both =
                ClusterModel.builder()
                        .name(m.name())
                        .provider(m.provider())
                        .region(m.region())
                        .service(m.services().get(0))
                        .service(batch)
                        .failures(m.failures().orElseThrow())
                        .run(m.run())
                        .build();
        DatabaseTier onlyBatch =
                new DatabaseTier(cluster(false, "us-east-1"), 1000, SHARE, List.of("batch"));

        SimulationResult result = run(both, onlyBatch);

        double without = result.database().orElseThrow().secondsWithoutPrimary();
        assertThat(result.services().get(0).failedByDataTierRequests()).isZero();
        assertThat(result.services().get(1).failedByDataTierRequests())
                .isCloseTo(RATE * SHARE * without, within(RATE * SHARE * STEP));
        assertThat(result.database().orElseThrow().services()).containsExactly("batch");
    }

    @Test
    void asynchronousReplica_losesTheWritesInItsShippingDelay() {
        DatabaseResult.Failover f =
                run(model(), tier(false, SHARE)).database().orElseThrow().failovers().get(0);

        // 10 rps of 1,000 bytes each reach pg-2 30 ms late: about 300 bytes are lost
        assertThat(f.rpoBytes()).isCloseTo(RATE * 1000 * 0.03, within(1.0));
        assertThat(f.rpoSeconds()).isCloseTo(0.03, within(1e-3));
    }

    @Test
    void synchronousMode_losesNoWrite() {
        DatabaseResult.Failover f =
                run(model(), tier(true, SHARE)).database().orElseThrow().failovers().get(0);

        assertThat(f.newPrimary()).contains("pg-2");
        assertThat(f.rpoBytes()).isZero();
        assertThat(f.rpoSeconds()).isZero();
    }

    @Test
    void lossOfTheReplicaOnly_failsNothing() {
        ScheduledFailure other =
                new ScheduledFailure(FailureKind.ZONE_OUTAGE, "us-east-1b", FAIL_AT, 300);
        SimulationResult result = run(withFailure(model(), other), tier(false, SHARE));

        DatabaseResult db = result.database().orElseThrow();
        assertThat(db.failovers()).isEmpty();
        assertThat(db.primary()).contains("pg-1");
        assertThat(db.events()).anyMatch(e -> e instanceof ReplicaLost r && r.time() == FAIL_AT);
        assertThat(result.services().get(0).failedByDataTierRequests()).isZero();
    }

    @Test
    void memberInARegionNoServiceRunsIn_isAnErrorNamingTheMember() {
        DatabaseTier elsewhere =
                new DatabaseTier(cluster(false, "eu-west-1"), 1000, SHARE, List.of());

        assertThatThrownBy(() -> run(model(), elsewhere))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> {
                            Problem p = ((InvalidInputException) e).problems().get(0);
                            assertThat(p.path()).isEqualTo("database.members[1].region");
                            assertThat(p.message()).contains("us-east-1", "\"eu-west-1\"");
                        });
    }

    @Test
    void memberInAZoneThePlacementDoesNotUse_isAnErrorNamingTheZones() {
        PostgresClusterSpec spec =
                PostgresClusterSpec.builder("orders")
                        .member(PostgresMember.builder("pg-1").location("us-east-1", "us-east-1a"))
                        .member(PostgresMember.builder("pg-2").location("us-east-1", "use1-az9"))
                        .build();
        DatabaseTier tier = new DatabaseTier(spec, 1000, SHARE, List.of());

        assertThatThrownBy(() -> run(model(), tier))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> {
                            Problem p = ((InvalidInputException) e).problems().get(0);
                            assertThat(p.path()).isEqualTo("database.members[1].zone");
                            assertThat(p.message()).contains("us-east-1a", "\"use1-az9\"");
                        });
    }

    @Test
    void unknownServiceName_isAnErrorWithThePathAndTheKnownServices() {
        DatabaseTier tier =
                new DatabaseTier(cluster(false, "us-east-1"), 1000, SHARE, List.of("api"));

        assertThatThrownBy(() -> run(model(), tier))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> {
                            Problem p = ((InvalidInputException) e).problems().get(0);
                            assertThat(p.path()).isEqualTo("database.services[0]");
                            assertThat(p.message()).contains("[web]", "\"api\"");
                        });
    }

    static ClusterModel withFailure(ClusterModel m, ScheduledFailure f) {
        return new ClusterModel(
                m.name(),
                m.provider(),
                m.region(),
                m.services(),
                m.slo(),
                m.run(),
                m.traffic(),
                Optional.of(Failures.scheduled(List.of(f))));
    }
}
