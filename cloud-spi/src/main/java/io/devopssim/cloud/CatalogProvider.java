package io.devopssim.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * A {@link CloudProvider} whose data is read from a JSON catalogue on the class path.
 *
 * <p>A provider module is a factory, a final subclass that passes its resource name (for example
 * {@code /io/devopssim/cloud/aws/catalog.json}) to this constructor, and the catalogue itself. The
 * catalogue is parsed and validated once; every problem found is reported together, each naming the
 * resource and its JSON path.
 *
 * <p>In a modular application the package holding the catalogue must be opened to {@code
 * io.devopssim.cloud}, because resources in named modules are encapsulated.
 */
public abstract class CatalogProvider implements CloudProvider {

    private final Catalog catalog;

    /**
     * Reads and validates the catalogue.
     *
     * @param resourceName the absolute class path resource name of the JSON catalogue
     * @throws CloudCatalogException if the resource is missing, unreadable or invalid
     */
    protected CatalogProvider(String resourceName) {
        Objects.requireNonNull(resourceName, "resourceName");
        try (InputStream in = getClass().getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new CloudCatalogException(
                        "cloud catalogue resource "
                                + resourceName
                                + " not found on the class path"
                                + " of "
                                + getClass().getName());
            }
            this.catalog = CatalogParser.parse(resourceName, in);
        } catch (IOException e) {
            throw new CloudCatalogException(
                    "cannot read cloud catalogue " + resourceName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return catalog.id();
    }

    @Override
    public String displayName() {
        return catalog.displayName();
    }

    @Override
    public List<Region> regions() {
        return catalog.regions();
    }

    @Override
    public List<InstanceType> instanceTypes() {
        return catalog.instanceTypes();
    }

    @Override
    public Billing billing() {
        return catalog.billing();
    }

    @Override
    public BootTime bootTime() {
        return catalog.bootTime();
    }

    @Override
    public DataTransfer dataTransfer() {
        return catalog.dataTransfer();
    }

    @Override
    public List<Source> sources() {
        return catalog.sources();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id() + "]";
    }
}
