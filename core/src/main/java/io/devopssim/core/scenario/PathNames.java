package io.devopssim.core.scenario;

import io.devopssim.core.InvalidInputException.Problem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates the builders' paths ({@code services[0].maxReplicas}) into scenario file paths. */
final class PathNames {

    private static final Pattern SERVICE = Pattern.compile("services\\[(\\d+)]\\.(.*)");
    private static final Map<String, String> ROOT =
            Map.of(
                    "run.stepSeconds", "run.step",
                    "run.durationSeconds", "run.duration",
                    "slo.latencyThresholdSeconds", "slo.latency");
    private static final Map<String, String> SERVICE_FIELDS =
            Map.of(
                    "minReplicas", "replicas.min",
                    "maxReplicas", "replicas.max",
                    "initialReplicas", "replicas.initial",
                    "cpuRequest", "cpu.request",
                    "cpuIdle", "cpu.idle",
                    "cpuAtCapacity", "cpu.atCapacity",
                    "requestTimeoutSeconds", "requestTimeout");

    private static final Pattern PLACEMENT = Pattern.compile("(placements\\[\\d+]\\.)(.*)");
    private static final Map<String, String> REGIONAL_FIELDS =
            Map.of(
                    "ttlSeconds", "ttl",
                    "resolverCount", "resolvers",
                    "propagationSeconds", "propagation",
                    "intervalSeconds", "interval",
                    "phaseSeconds", "phase",
                    "convergenceSeconds", "convergence",
                    "atSeconds", "at",
                    "durationSeconds", "duration",
                    "mtbfSeconds", "mtbf",
                    "horizonSeconds", "horizon");

    private PathNames() {}

    static List<Problem> translate(List<Problem> problems, List<ServiceReader.Read> services) {
        return problems.stream()
                .map(p -> new Problem(translate(p.path(), services), p.message()))
                .toList();
    }

    private static String translate(String path, List<ServiceReader.Read> services) {
        Matcher m = SERVICE.matcher(path);
        if (!m.matches()) {
            return regional(ROOT.getOrDefault(path, path));
        }
        int index = Integer.parseInt(m.group(1));
        ServiceReader.Read read = index < services.size() ? services.get(index) : null;
        return "services[" + index + "]." + field(m.group(2), read);
    }

    /** Returns a traffic or failures path with the file's key for its last field. */
    private static String regional(String path) {
        if (!path.startsWith("traffic.") && !path.startsWith("failures.")) {
            return path;
        }
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        return path.substring(0, dot + 1) + REGIONAL_FIELDS.getOrDefault(last, last);
    }

    private static String field(String rest, ServiceReader.Read read) {
        if (SERVICE_FIELDS.containsKey(rest)) {
            return SERVICE_FIELDS.get(rest);
        }
        Matcher placement = PLACEMENT.matcher(rest);
        if (placement.matches() && SERVICE_FIELDS.containsKey(placement.group(2))) {
            return placement.group(1) + SERVICE_FIELDS.get(placement.group(2));
        }
        if (read == null) {
            return rest;
        }
        if (rest.startsWith("autoscaler.") && !read.hpaFromManifest()) {
            return "autoscaler.hpa." + rest.substring("autoscaler.".length());
        }
        for (String union : List.of("load", "startup", "readiness")) {
            String kind = read.kinds().get(union);
            if (kind != null && rest.startsWith(union + ".")) {
                return union + "." + kind + inner(rest.substring(union.length() + 1));
            }
        }
        return rest;
    }

    private static String inner(String field) {
        if (field.equals("seconds") || field.equals("rps")) {
            return "";
        }
        String name = field.endsWith("Seconds") ? field.substring(0, field.length() - 7) : field;
        return "." + name;
    }
}
