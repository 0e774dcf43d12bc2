package io.devopssim.core.datatier.backup;

import io.devopssim.core.SimulationException;
import io.devopssim.core.datatier.WriteLoad;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Simulates continuous WAL archiving and periodic base backups of one primary to another region.
 *
 * <p>WAL fills segments at the write rate; a segment is archived when full (at the exact instant it
 * fills) or, if it holds any WAL, {@code archive_timeout} after the previous switch, and it is
 * usable in the other region {@code copyDelaySeconds} later. So the data a region loss destroys is
 * at most {@code min(archive_timeout, segment fill time) + copy delay} seconds of writes. The run
 * starts with a base backup at WAL position 0 already in the other region; later ones start every
 * {@code baseBackupIntervalSeconds} and are usable once copied and once the WAL up to their end is
 * usable too.
 *
 * <p><b>Limitations.</b> The primary never fails over here: one timeline, one WAL stream. The
 * archive command and the copies never fail and never queue behind each other; a base backup's size
 * is fixed, not grown by the writes.
 */
public final class WalArchive {

    private final SimulationKernel kernel;
    private final WalArchiveSpec spec;
    private final WriteLoad writes;
    private final ArrayDeque<Segment> inFlight = new ArrayDeque<>();
    private final List<BaseBackup> backups = new ArrayList<>();

    private double position;
    private double fill;
    private double firstWriteInSegment = Double.NaN;
    private double lastAdvance;
    private long generation;
    private long archived;
    private double copiedPosition;
    private RegionLoss loss;

    private WalArchive(SimulationKernel kernel, WalArchiveSpec spec, WriteLoad writes) {
        this.kernel = kernel;
        this.spec = spec;
        this.writes = writes;
        this.lastAdvance = kernel.now();
        backups.add(new BaseBackup(kernel.now(), 0, 0, kernel.now()));
    }

    /**
     * Returns an archive whose WAL and backups advance on {@code kernel} from its current time.
     *
     * @param kernel the kernel
     * @param spec the archive settings
     * @param writes the primary's WAL write rate
     * @return the running archive
     */
    public static WalArchive start(SimulationKernel kernel, WalArchiveSpec spec, WriteLoad writes) {
        WalArchive archive =
                new WalArchive(
                        Objects.requireNonNull(kernel, "kernel"),
                        Objects.requireNonNull(spec, "spec"),
                        Objects.requireNonNull(writes, "writes"));
        kernel.schedule(spec.stepSeconds(), archive::step);
        kernel.schedule(spec.baseBackupIntervalSeconds(), archive::startBaseBackup);
        archive.armTimer(kernel.now());
        return archive;
    }

    /**
     * Returns what losing the primary's region now would cost, without losing it.
     *
     * @return the RPO and RTO at the kernel's current time
     */
    public RegionLoss assessRegionLoss() {
        if (loss != null) {
            return loss;
        }
        advanceTo(kernel.now());
        settleCopies(kernel.now());
        double now = kernel.now();
        double lostBytes = position - copiedPosition;
        double firstLost = inFlight.isEmpty() ? firstWriteInSegment : inFlight.peek().firstWrite();
        double lostSeconds = lostBytes > 0 ? now - firstLost : 0;
        BaseBackup base = newestUsableBackup(now);
        double replay = copiedPosition - base.startPosition();
        double rto =
                spec.databaseSizeBytes() / spec.restoreBytesPerSecond()
                        + replay / spec.walReplayBytesPerSecond();
        return new RegionLoss(
                now,
                position,
                copiedPosition,
                lostBytes,
                lostSeconds,
                base.startedAt(),
                replay,
                rto);
    }

    /**
     * Schedules the loss of the primary's region at {@code time}, which stops the archive.
     *
     * <p>The outcome is published as a {@link RegionLoss} event and kept in {@link #regionLoss()}.
     *
     * @param time simulated seconds, not before now
     */
    public void loseRegionAt(double time) {
        kernel.scheduleAt(
                time,
                k -> {
                    if (loss == null) {
                        loss = assessRegionLoss();
                        k.publish(loss);
                    }
                });
    }

    /** Returns the outcome of the region loss, once it happened. */
    public Optional<RegionLoss> regionLoss() {
        return Optional.ofNullable(loss);
    }

    /** Returns the primary's WAL position in bytes. */
    public double walPosition() {
        advanceTo(kernel.now());
        return position;
    }

    /** Returns how many segments have been archived so far. */
    public long archivedSegments() {
        advanceTo(kernel.now());
        return archived;
    }

    private void step(SimulationKernel k) {
        advanceTo(k.now());
        if (loss == null) {
            k.schedule(spec.stepSeconds(), this::step);
        }
    }

    private void advanceTo(double t) {
        double dt = t - lastAdvance;
        if (dt <= 0 || loss != null) {
            return;
        }
        double rate = writeRate(lastAdvance);
        double cursor = lastAdvance;
        lastAdvance = t;
        double bytes = rate * dt;
        while (bytes > 0) {
            if (fill == 0) {
                firstWriteInSegment = cursor;
            }
            double room = spec.segmentSizeBytes() - fill;
            if (bytes < room) {
                position += bytes;
                fill += bytes;
                return;
            }
            position += room;
            bytes -= room;
            cursor += room / rate;
            switchSegment(Math.min(cursor, t));
        }
    }

    private double writeRate(double t) {
        double rate = writes.bytesPerSecond(t);
        if (!(rate >= 0) || rate == Double.POSITIVE_INFINITY) {
            throw new SimulationException(
                    "write load of the WAL archive at t="
                            + t
                            + " s must be a finite number of bytes per second >= 0, was "
                            + rate);
        }
        return rate;
    }

    private void switchSegment(double at) {
        inFlight.add(new Segment(position, firstWriteInSegment, at + spec.copyDelaySeconds()));
        archived++;
        fill = 0;
        firstWriteInSegment = Double.NaN;
        generation++;
        armTimer(at);
    }

    private void armTimer(double lastSwitch) {
        if (spec.archiveTimeoutSeconds() > 0) {
            long armed = generation;
            double due = Math.max(kernel.now(), lastSwitch + spec.archiveTimeoutSeconds());
            kernel.scheduleAt(due, k -> archiveTimeout(armed));
        }
    }

    /** Switches a segment holding any WAL; an empty one is checked again a step later. */
    private void archiveTimeout(long armed) {
        if (armed != generation || loss != null) {
            return;
        }
        advanceTo(kernel.now());
        if (armed != generation) {
            return;
        }
        if (fill > 0) {
            switchSegment(kernel.now());
        } else {
            kernel.schedule(spec.stepSeconds(), k -> archiveTimeout(armed));
        }
    }

    private void settleCopies(double now) {
        while (!inFlight.isEmpty() && inFlight.peek().usableAt() <= now) {
            copiedPosition = inFlight.poll().endPosition();
        }
    }

    private void startBaseBackup(SimulationKernel k) {
        if (loss != null) {
            return;
        }
        advanceTo(k.now());
        double startedAt = k.now();
        double startPosition = position;
        k.schedule(
                spec.databaseSizeBytes() / spec.baseBackupBytesPerSecond(),
                done -> finishBaseBackup(startedAt, startPosition));
        k.schedule(spec.baseBackupIntervalSeconds(), this::startBaseBackup);
    }

    private void finishBaseBackup(double startedAt, double startPosition) {
        advanceTo(kernel.now());
        double usableAt = kernel.now() + spec.copyDelaySeconds();
        backups.add(new BaseBackup(startedAt, startPosition, position, usableAt));
    }

    private BaseBackup newestUsableBackup(double now) {
        for (int i = backups.size() - 1; i > 0; i--) {
            BaseBackup b = backups.get(i);
            if (b.usableAt() <= now && b.endPosition() <= copiedPosition) {
                return b;
            }
        }
        return backups.get(0);
    }

    /** An archived segment on its way to the other region. */
    private record Segment(double endPosition, double firstWrite, double usableAt) {}

    /** A finished base backup: the WAL range it needs and when its copy is usable. */
    private record BaseBackup(
            double startedAt, double startPosition, double endPosition, double usableAt) {}
}
