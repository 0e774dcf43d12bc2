package io.devopssim.core.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import io.devopssim.core.datatier.postgres.PostgresMember;
import io.devopssim.core.model.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverTopologyTest {

    private static List<String> paths(InvalidInputException e) {
        return e.problems().stream().map(Problem::path).toList();
    }

    @Test
    void build_defaults_peakFromRoutingAndWindowFromSixHundred() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).build();

        assertThat(world.peakRps()).isEqualTo(1000);
        assertThat(world.targetUtilisation()).isEqualTo(0.7);
        assertThat(world.meanFailureTime()).isEqualTo(900);
        assertThat(world.providers()).containsExactly("aws");
        assertThat(world.rtoTargetSeconds()).isEmpty();
    }

    @Test
    void build_manyBadValues_reportsEveryProblemAtOnce() {
        FailoverTopologyBuilder b =
                FailoverTopology.builder("bad")
                        .region(new ServiceRegion("aws", Worlds.US_EAST, -1, 0, -0.5))
                        .region(new ServiceRegion(" ", Worlds.US_EAST, 1, 100, 0.1))
                        .writeBytesPerSecond(-5)
                        .writeRequestShare(1.5)
                        .peakRps(Double.NaN)
                        .targetUtilisation(0)
                        .replicaStartup(new Distribution.Uniform(60, 10))
                        .rtoTargetSeconds(-1)
                        .failureWindow(-1, 0);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);

        assertThat(paths(e))
                .contains(
                        "regions[0].replicas",
                        "regions[0].rpsPerReplica",
                        "regions[0].pricePerHour",
                        "regions[1].provider",
                        "regions[1].region",
                        "routing",
                        "database",
                        "walArchive",
                        "writeBytesPerSecond",
                        "writeRequestShare",
                        "targetUtilisation",
                        "replicaStartup.max",
                        "rtoTargetSeconds",
                        "failureAtSeconds",
                        "failureWindowSeconds");
        assertThat(e.getMessage()).contains("was -5").contains("duplicate region id");
    }

    @Test
    void peakRps_setToNaN_isAnErrorNotTheDefault() {
        FailoverTopologyBuilder b = Worlds.coasts(3, 60, 0.01).peakRps(Double.NaN);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, b::build);

        assertThat(e).isNotNull();
        assertThat(paths(e)).containsExactly("peakRps");
        assertThat(e.getMessage()).contains("NaN");
    }

    @Test
    void build_routingAndDatabaseOutsideTheServingRegions_namesThem() {
        PostgresClusterSpec db =
                PostgresClusterSpec.builder("orders")
                        .member(PostgresMember.builder("pg-a").location("us-east-1", "us-east-1z"))
                        .member(PostgresMember.builder("pg-b").location("us-east-2", "us-east-2a"))
                        .build();
        FailoverTopologyBuilder b =
                FailoverTopology.builder("partial")
                        .region(new ServiceRegion("aws", Worlds.US_EAST, 3, 100, 0.1))
                        .routing(Worlds.coasts(60))
                        .database(db)
                        .walArchive(Worlds.archive());

        assertThatThrownBy(b::build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routing.regions[1].id")
                .hasMessageContaining("unknown region \"us-west-2\"")
                .hasMessageContaining("database.members[0].zone")
                .hasMessageContaining("database.members[1].region")
                .hasMessageContaining("did you mean \"us-east-1\"");
    }

    @Test
    void build_servingRegionNotRouted_isReported() {
        FailoverTopologyBuilder b =
                Worlds.coasts(10, 60, 0.07)
                        .region(new ServiceRegion("gcp", Worlds.EUROPE_WEST, 3, 100, 0.1));

        assertThatThrownBy(b::build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("serving region \"europe-west1\" is not routed to");
    }

    @Test
    void replicasIn_unevenSpread_firstZonesTakeTheRemainder() {
        ServiceRegion r = new ServiceRegion("aws", Worlds.US_EAST, 7, 100, 0.1);

        assertThat(r.replicasIn("us-east-1a")).isEqualTo(3);
        assertThat(r.replicasIn("us-east-1b")).isEqualTo(2);
        assertThat(r.replicasIn("us-east-1c")).isEqualTo(2);
        assertThat(r.replicasIn("us-east-1z")).isZero();
    }
}
