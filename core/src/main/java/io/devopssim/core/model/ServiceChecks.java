package io.devopssim.core.model;

import io.devopssim.core.internal.tree.Values;
import java.util.regex.Pattern;

/** Checks one service's values and bounds. */
final class ServiceChecks {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private ServiceChecks() {}

    static boolean isDnsLabel(String name) {
        return name != null && name.length() <= 63 && DNS_LABEL.matcher(name).matches();
    }

    static void service(ServiceModel s, Check c) {
        if (!isDnsLabel(s.name())) {
            c.fail(
                    "name",
                    "must be a DNS-1123 label (lowercase letters, digits and '-', starting and"
                            + " ending with a letter or digit, at most 63 characters), was "
                            + (s.name() == null ? "not set" : Values.quoted(s.name())));
        }
        c.notBlank("instanceType", s.instanceType());
        if (set(s.pricePerHour(), "pricePerHour", c)) {
            s.pricePerHour().ifPresent(p -> c.nonNegative("pricePerHour", p));
        }
        cpu(s, c);
        c.positive("capacityRps", s.capacityRps());
        if (s.concurrency() < 1) {
            c.fail("concurrency", "must be >= 1, was " + s.concurrency());
        }
        c.positive("requestTimeoutSeconds", s.requestTimeoutSeconds());
        replicas(s, c);
        if (set(s.startup(), "startup", c)) {
            SpecChecks.distribution(s.startup(), c.at("startup"));
        }
        if (set(s.readiness(), "readiness", c)) {
            SpecChecks.distribution(s.readiness(), c.at("readiness"));
        }
        if (set(s.load(), "load", c)) {
            SpecChecks.load(s.load(), c.at("load"));
        }
        if (set(s.autoscaler(), "autoscaler", c)) {
            s.autoscaler().ifPresent(h -> HpaChecks.hpa(h, c.at("autoscaler")));
        }
        if (set(s.rollingUpdate(), "rollingUpdate", c)) {
            SpecChecks.rollingUpdate(s.rollingUpdate(), c.at("rollingUpdate"));
        }
        PlacementChecks.placements(s.placements(), c);
    }

    static boolean set(Object value, String field, Check c) {
        if (value == null) {
            c.fail(field, ServiceModel.Builder.NOT_SET);
        }
        return value != null;
    }

    private static void cpu(ServiceModel s, Check c) {
        c.positive("cpuRequest", s.cpuRequest());
        c.nonNegative("cpuIdle", s.cpuIdle());
        if (Double.isFinite(s.cpuIdle())) {
            c.atLeast("cpuAtCapacity", s.cpuAtCapacity(), "cpuIdle", s.cpuIdle());
        }
    }

    private static void replicas(ServiceModel s, Check c) {
        if (s.minReplicas() < 0) {
            c.fail("minReplicas", "must be >= 0, was " + s.minReplicas());
        }
        if (s.maxReplicas() < Math.max(1, s.minReplicas())) {
            String bound = s.minReplicas() >= 1 ? "minReplicas (" + s.minReplicas() + ")" : "1";
            c.fail("maxReplicas", "must be >= " + bound + ", was " + s.maxReplicas());
        }
        int initial = s.initialReplicas();
        if (s.maxReplicas() >= s.minReplicas()
                && (initial < s.minReplicas() || initial > s.maxReplicas())) {
            c.fail(
                    "initialReplicas",
                    "must be within minReplicas ("
                            + s.minReplicas()
                            + ") and maxReplicas ("
                            + s.maxReplicas()
                            + "), was "
                            + initial);
        }
    }
}
