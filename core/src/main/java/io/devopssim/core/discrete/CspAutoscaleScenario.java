package io.devopssim.core.discrete;

/**
 * The CSP-AUTOSCALE-1H(H) benchmark: an hour of batched jobs on an autoscaled VM fleet.
 *
 * <p>The scenario, as CloudSim Plus 8.5.5 also runs it: H hosts of 40 cores and 160 GiB; VMs of 2
 * vCPU and 8 GiB (20 per host) placed first fit, booting in no time; 10·H VMs at t = 0. A batch of
 * round(4·H·(1 + 0.5·sin(2π·m/60))) requests arrives at t = 60·m for m = 0..59; request i (0-based,
 * global) needs 240 + 30·(i mod 5) core-seconds and one core, and the requests on a VM share its 2
 * cores ({@link ProcessorSharingPool}). Requests go round-robin over the running VMs in creation
 * order. Every 30 s each VM above 80 % CPU utilisation asks for one new VM, provided requests
 * arrived since its own previous ask and running + pending VMs &lt; 20·H. A VM idle for 120 s is
 * destroyed. The horizon is 3,600 s.
 *
 * <p><b>Readings of what the description leaves open</b>, each the closest we found to CloudSim
 * Plus's behaviour (docs/csp-autoscale-benchmark.md gives the reasons and the alternatives):
 *
 * <ul>
 *   <li><i>Utilisation</i> is instantaneous at the check: min(n, 2)/2 for n requests on the VM, as
 *       CloudSim Plus's {@code Vm.getCpuPercentUtilization()} at the check's time; so "above 80 %"
 *       means two requests or more.
 *   <li><i>"Requests arrived since its previous ask"</i> counts requests of the whole fleet: the VM
 *       remembers the number of requests routed so far when it asks, and may ask again once that
 *       number has grown (CloudSim Plus compares the broker's created-cloudlet count). A new VM has
 *       never asked, so its count starts at zero.
 *   <li><i>Order at one instant</i> (t = 30·k): the batch is routed first, then every VM is checked
 *       (so a check sees that instant's arrivals, and requests finishing at that very instant still
 *       count), then the new VMs join, then completions and idle expiries due at that instant are
 *       handled. A VM added at t therefore does not receive the batch of t.
 *   <li><i>Round-robin pointer</i>: an index into the list of running VMs in creation order, moved
 *       to (index + 1) mod size before each request, as CloudSim Plus's {@code
 *       DatacenterBrokerSimple} does; when VMs leave or join, the index stays and the list changes
 *       under it.
 *   <li><i>Idle</i> counts from the VM's start until its first request, then from its last
 *       completion (CloudSim Plus sets a VM's last busy time to its start time); a VM is destroyed
 *       exactly 120 s after it became idle unless a request arrived meanwhile.
 *   <li><i>Check order</i>: busy VMs are checked in creation order, which decides which of them ask
 *       when the 20·H cap is reached.
 *   <li>The checks run at t = 30, 60, ..., 3,600; requests finished at exactly t = 3,600 count.
 * </ul>
 *
 * <p><b>Cost.</b> A run dispatches about one kernel event per request (a VM's jobs finishing at the
 * same instant share one completion event), each O(log n) in the fleet and the VM's jobs; the check
 * at each 30-s instant visits only the busy VMs. No event walks the fleet.
 */
public final class CspAutoscaleScenario {

    /** The most hosts a run accepts, so that the VM count stays far below the int range. */
    public static final int MAX_HOSTS = 1_000_000;

    private final int hosts;

    private CspAutoscaleScenario(int hosts) {
        this.hosts = hosts;
    }

    /**
     * Returns the scenario for {@code hosts} hosts.
     *
     * @param hosts the number of hosts H, from 1 to {@link #MAX_HOSTS}
     * @return the scenario
     * @throws IllegalArgumentException if hosts is outside that range
     */
    public static CspAutoscaleScenario withHosts(int hosts) {
        if (hosts < 1 || hosts > MAX_HOSTS) {
            throw new IllegalArgumentException(
                    "hosts must be from 1 to " + MAX_HOSTS + ", was " + hosts);
        }
        return new CspAutoscaleScenario(hosts);
    }

    /**
     * Returns the number of hosts H.
     *
     * @return the hosts
     */
    public int hosts() {
        return hosts;
    }

    /**
     * Runs the scenario from t = 0 to the horizon; each call is a fresh, identical run.
     *
     * @return what the run produced
     */
    public CspAutoscaleOutcome run() {
        return new CspAutoscaleRun(hosts, CspReadings.CHOSEN).run();
    }
}
