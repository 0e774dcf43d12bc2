package io.devopssim.core.drill;

import io.devopssim.core.datatier.backup.WalArchiveSpec;
import io.devopssim.core.datatier.postgres.PostgresClusterSpec;
import java.util.Objects;

/**
 * The PostgreSQL cluster of a scenario, with its WAL archive and how much the traffic writes.
 *
 * @param cluster the members, their locations and the Patroni settings
 * @param archive base backups and WAL archived to another region
 * @param writeBytesPerRequest WAL bytes one request writes on average; the write rate follows the
 *     traffic
 * @param writeRequestShare the share of requests that write, and fail while there is no primary
 */
public record DatabaseSection(
        PostgresClusterSpec cluster,
        WalArchiveSpec archive,
        double writeBytesPerRequest,
        double writeRequestShare) {

    /** Checks that the parts are present. */
    public DatabaseSection {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(archive, "archive");
    }
}
