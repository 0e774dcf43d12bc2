package io.devopssim.core.sim;

import io.devopssim.core.datatier.postgres.FailoverEvent;
import io.devopssim.core.datatier.postgres.FailoverEvent.FailoverRefused;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyAcquired;
import io.devopssim.core.datatier.postgres.FailoverEvent.LeaderKeyExpired;
import io.devopssim.core.datatier.postgres.FailoverEvent.MemberIsolated;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryDemoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.PrimaryLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaLost;
import io.devopssim.core.datatier.postgres.FailoverEvent.ReplicaPromoted;
import io.devopssim.core.datatier.postgres.FailoverEvent.SynchronousStandbysChanged;
import java.util.Locale;

/** Turns a PostgreSQL cluster's failover events into timeline entries. */
final class DatabaseTimeline {

    private DatabaseTimeline() {}

    static TimelineEvent entry(FailoverEvent e) {
        String c = e.cluster();
        if (e instanceof PrimaryLost l) {
            String expiry = "leader key expires at " + seconds(l.leaderKeyExpiresAt());
            return event(l.time(), "db-primary-lost", c, l.member(), expiry);
        } else if (e instanceof PrimaryDemoted d) {
            return event(d.time(), "db-primary-demoted", c, d.member(), "cut off from the DCS");
        } else if (e instanceof ReplicaLost r) {
            return event(r.time(), "db-replica-lost", c, r.member(), "");
        } else if (e instanceof MemberIsolated m) {
            return event(m.time(), "db-member-isolated", c, m.member(), "");
        } else if (e instanceof LeaderKeyExpired x) {
            return event(x.time(), "db-leader-key-expired", c, x.previousLeader(), "");
        } else if (e instanceof LeaderKeyAcquired a) {
            String wal = "at WAL " + bytes(a.walPositionBytes());
            return event(a.time(), "db-leader-key-acquired", c, a.member(), wal);
        } else if (e instanceof ReplicaPromoted p) {
            return event(p.time(), "db-promoted", c, p.member(), promoted(p));
        } else if (e instanceof SynchronousStandbysChanged s) {
            String standbys = String.join(" ", s.standbys());
            return event(s.time(), "db-synchronous-standbys", c, "", standbys);
        }
        FailoverRefused f = (FailoverRefused) e;
        return event(f.time(), "db-failover-refused", c, "", f.rejected().toString());
    }

    private static String promoted(ReplicaPromoted p) {
        return "timeline "
                + p.timeline()
                + ", "
                + seconds(p.writeOutageSeconds())
                + " without a primary, RPO "
                + bytes(p.rpoBytes())
                + " ("
                + seconds(p.rpoSeconds())
                + ")";
    }

    private static TimelineEvent event(
            double time, String kind, String cluster, String member, String detail) {
        String subject = member.isEmpty() ? cluster : cluster + " " + member;
        return new TimelineEvent(time, kind, subject, detail);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f s", value);
    }

    private static String bytes(double value) {
        return String.format(Locale.ROOT, "%.0f B", value);
    }
}
