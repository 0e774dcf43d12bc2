package io.devopssim.cloud;

import java.util.List;

/** The validated content of one provider catalogue. */
record Catalog(
        String id,
        String displayName,
        List<Source> sources,
        Billing billing,
        BootTime bootTime,
        DataTransfer dataTransfer,
        List<Region> regions,
        List<InstanceType> instanceTypes) {

    Catalog {
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
        instanceTypes = List.copyOf(instanceTypes);
    }
}
