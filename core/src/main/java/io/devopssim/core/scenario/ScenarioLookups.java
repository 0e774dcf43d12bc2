package io.devopssim.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.drill.Drill;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.RollingUpdate;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a scenario's names against the cloud catalogues and its placements even where other values
 * of the file are invalid, so that one read reports both kinds of problems.
 *
 * <p>The checks are those of {@link io.devopssim.core.sim.SimulationBuilder#build()} (instance
 * types, regions, zones, cloud boot times, failure targets, routing, metric sources) and of {@link
 * Drill#placementProblems}, run on a probe: the file's model as read, with every value these checks
 * do not look at replaced by a valid stand-in and each load by a constant one (so no trace is read
 * here). A problem the probe finds is kept only when nothing it depends on was already reported: an
 * instance type is not looked up in a region the file got wrong, and a failure target is not
 * resolved against placements with problems of their own.
 *
 * <p>Limitations: the dependencies are coarse. Any problem in a placement skips the lookups of that
 * placement and the failure targets, routing, drill and database checks resolved against it; a
 * placement the reader could not read at all skips them for every placement of its service. A check
 * that throws something other than {@link InvalidInputException} on the draft is skipped (logged at
 * DEBUG); the run reports what it finds when it is built.
 */
final class ScenarioLookups {

    private static final System.Logger LOG = System.getLogger(ScenarioLookups.class.getName());
    private static final Pattern SERVICE = Pattern.compile("services\\[(\\d+)]\\.(.*)");
    private static final Pattern PLACED_TYPE =
            Pattern.compile("services\\[(\\d+)]\\.placements\\[(\\d+)]\\.instanceType");
    private static final Pattern FAILURE = Pattern.compile("failures\\.(scheduled|random)\\[\\d+]");

    /**
     * The probe's length: the run's own length and step count are the run's to check, since the
     * command line may replace them, so no failure is after the probe's end.
     */
    private static final double UNBOUNDED_SECONDS = Double.MAX_VALUE;

    private final JsonNode file;
    private final ClusterModel draft;
    private final Problems found;

    private ScenarioLookups(JsonNode file, ClusterModel draft, Problems found) {
        this.file = file;
        this.draft = draft;
        this.found = found;
    }

    /**
     * Adds to {@code found} every lookup problem of the scenario that does not depend on a value
     * already reported there.
     *
     * @param file the scenario file's tree
     * @param draft the scenario as read, its model not validated
     * @param services what the service reader found, to name the file's paths
     * @param found the problems found so far; receives the new ones
     */
    static void check(
            JsonNode file, Scenario draft, List<ServiceReader.Read> services, Problems found) {
        ScenarioLookups lookups = new ScenarioLookups(file, draft.model(), found);
        List<Problem> probed = lookups.probeProblems(draft);
        List<Problem> kept = new ArrayList<>();
        for (Problem probedProblem : PathNames.translate(probed, services)) {
            Problem p = lookups.inherited(probedProblem);
            Optional<List<String>> needs = lookups.dependencies(p.path());
            if (needs.isPresent() && needs.get().stream().noneMatch(lookups::reportedUnder)) {
                kept.add(p);
            }
        }
        found.addUnreported(kept);
    }

    private List<Problem> probeProblems(Scenario draftScenario) {
        ClusterModel probe = probe();
        List<Problem> problems = new ArrayList<>();
        guarded(
                "catalogue",
                problems,
                () ->
                        Simulation.builder(probe)
                                .baseDirectory(draftScenario.baseDirectory())
                                .recordSeries(false)
                                .latencyDistribution(false)
                                .build());
        guarded(
                "drill and database",
                problems,
                () -> problems.addAll(Drill.placementProblems(draftScenario.withModel(probe))));
        return problems;
    }

    /**
     * Runs checks, adding the problems they throw; checks that cannot run on the probe are skipped.
     */
    private static void guarded(String what, List<Problem> problems, Runnable checks) {
        try {
            checks.run();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (RuntimeException e) {
            // The probe holds unvalidated values, such as a provider no catalogue has: the checks
            // the run makes later report those, and the file's own problems still stand.
            LOG.log(System.Logger.Level.DEBUG, what + " checks skipped on the draft scenario", e);
        }
    }

    /** Returns the draft with every value the lookups do not read made valid. */
    private ClusterModel probe() {
        List<ServiceModel> services = new ArrayList<>();
        for (int i = 0; i < draft.services().size(); i++) {
            services.add(probe(draft.services().get(i), "services[" + i + "]"));
        }
        return new ClusterModel(
                orEmpty(draft.name()),
                orEmpty(draft.provider()),
                orEmpty(draft.region()),
                services,
                Slo.defaults(),
                new RunSettings(draft.run().seed(), OptionalDouble.of(UNBOUNDED_SECONDS), 15),
                draft.traffic(),
                draft.failures());
    }

    private ServiceModel probe(ServiceModel s, String path) {
        boolean hpaValid =
                !reportedUnder(path + ".autoscaler") && !reportedUnder(path + ".kubernetes");
        Optional<HpaSpec> hpa = hpaValid ? s.autoscaler() : Optional.empty();
        int min = hpa.map(HpaSpec::minReplicas).orElse(1);
        int max = hpa.map(HpaSpec::maxReplicas).orElse(1);
        Distribution startup =
                s.startup() instanceof Distribution.CloudBoot
                        ? s.startup()
                        : new Distribution.Fixed(0);
        return new ServiceModel(
                s.name(),
                orEmpty(s.instanceType()),
                s.pricePerHour(),
                1,
                0,
                1,
                1,
                1,
                30,
                min,
                max,
                min,
                startup,
                new Distribution.Fixed(0),
                new LoadSpec.Constant(1),
                hpa,
                RollingUpdate.kubernetesDefault(),
                s.placements());
    }

    /**
     * Returns a problem of a placement's instance type at the service's, where the placement takes
     * the service's type rather than naming its own.
     */
    private Problem inherited(Problem p) {
        Matcher m = PLACED_TYPE.matcher(p.path());
        if (!m.matches()) {
            return p;
        }
        ServiceModel s = draft.services().get(Integer.parseInt(m.group(1)));
        int j = Integer.parseInt(m.group(2));
        boolean own = j < s.placements().size() && s.placements().get(j).instanceType().isPresent();
        return own ? p : new Problem("services[" + m.group(1) + "].instanceType", p.message());
    }

    /**
     * Returns the file paths whose problems would make a lookup problem at {@code path} doubtful,
     * or empty when a problem there is not a lookup's (the probe's stand-ins cause it).
     */
    private Optional<List<String>> dependencies(String path) {
        if (path.equals("provider") || path.equals("region")) {
            return Optional.of(List.of("provider", "region"));
        }
        Matcher service = SERVICE.matcher(path);
        if (service.matches()) {
            return serviceDependencies("services[" + service.group(1) + "]", service.group(2));
        }
        for (String section : List.of("failures", "traffic", "drill", "database")) {
            if (path.startsWith(section + ".") || path.equals(section)) {
                return Optional.of(sectionDependencies(section, path));
            }
        }
        if (path.equals("services")) {
            return Optional.of(sectionDependencies("drill", path));
        }
        return Optional.empty();
    }

    private Optional<List<String>> serviceDependencies(String service, String rest) {
        List<String> needs = new ArrayList<>();
        needs.add(service + ".kubernetes");
        if (rest.startsWith("placements[")) {
            needs.addAll(placements(service));
        } else if (rest.equals("instanceType") || rest.startsWith("startup")) {
            needs.addAll(List.of("provider", "region", service + ".pricePerHour"));
            needs.addAll(List.of(service + ".instanceType", service + ".startup"));
            needs.addAll(placements(service));
        } else if (rest.startsWith("autoscaler")) {
            needs.add(service + ".autoscaler");
        } else {
            return Optional.empty();
        }
        return Optional.of(needs);
    }

    /**
     * Returns the paths of a service's placements: each entry's, or the whole list's when the
     * reader left out an entry it could not read (the draft's entries are then numbered
     * differently).
     */
    private List<String> placements(String service) {
        int index = Integer.parseInt(service.substring("services[".length(), service.length() - 1));
        JsonNode list = file.path("services").path(index).path("placements");
        int inFile = list.isMissingNode() ? 0 : list.isArray() ? list.size() : -1;
        int inDraft = draft.services().get(index).placements().size();
        if (inFile != inDraft) {
            return List.of(service + ".placements");
        }
        List<String> entries = new ArrayList<>();
        for (int j = 0; j < inDraft; j++) {
            entries.add(service + ".placements[" + j + "]");
        }
        return entries;
    }

    /** Returns what a problem of a section resolved against the placements depends on. */
    private List<String> sectionDependencies(String section, String path) {
        List<String> needs = new ArrayList<>();
        needs.add(section.equals("failures") ? failureEntry(path) : section);
        for (int i = 0; i < draft.services().size(); i++) {
            needs.add("services[" + i + "].name");
            needs.add("services[" + i + "].kubernetes");
            needs.addAll(placements("services[" + i + "]"));
        }
        return needs;
    }

    /**
     * Returns the failure entry a path is in, or the whole section when the reader left out an
     * entry it could not read (the draft's entries are then numbered differently from the file's).
     */
    private String failureEntry(String path) {
        Matcher entry = FAILURE.matcher(path);
        if (!entry.lookingAt()) {
            return "failures";
        }
        int inFile = file.path("failures").path(entry.group(1)).size();
        int inDraft =
                draft.failures()
                        .map(
                                f ->
                                        entry.group(1).equals("scheduled")
                                                ? f.scheduled().size()
                                                : f.random().size())
                        .orElse(0);
        return inFile == inDraft ? entry.group() : "failures";
    }

    /** Returns whether a problem was found at {@code path} or below it. */
    private boolean reportedUnder(String path) {
        return found.list().stream()
                .map(Problem::path)
                .anyMatch(
                        q ->
                                q.equals(path)
                                        || q.startsWith(path + ".")
                                        || q.startsWith(path + "["));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
