package io.devopssim.core.failure;

import io.devopssim.cloud.Region;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where everything runs: clouds, their regions, zones, nodes and the pods placed on nodes.
 *
 * <p>Components are numbered in depth-first order, so the components below one of them form a
 * contiguous range of numbers: taking a subtree down costs O(its size), finding a component O(1).
 * Build instances with {@link #builder()}, which reports every problem at once.
 */
public final class Topology {

    private final Component[] components;
    private final int[] parents;
    private final int[] subtreeEnds;
    private final Map<Component, Integer> ids;

    private Topology(Component[] components, int[] parents, int[] subtreeEnds) {
        this.components = components;
        this.parents = parents;
        this.subtreeEnds = subtreeEnds;
        this.ids = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            ids.put(components[i], i);
        }
    }

    /**
     * Returns an empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding one cloud with the given regions and their zones.
     *
     * @param cloud the cloud's name, such as {@code aws}
     * @param regions the cloud's regions, from a {@link io.devopssim.cloud.CloudProvider}
     * @return the builder, to add nodes and pods to
     */
    public static Builder builderOf(String cloud, List<Region> regions) {
        Builder builder = builder().cloud(cloud);
        for (Region region : regions) {
            builder.region(cloud, region.id());
            region.zones().forEach(zone -> builder.zone(region.id(), zone));
        }
        return builder;
    }

    /**
     * Returns the number of components.
     *
     * @return the count over all levels
     */
    public int size() {
        return components.length;
    }

    /**
     * Returns the components of one level, in depth-first order.
     *
     * @param level the level
     * @return the components
     */
    public List<Component> components(Level level) {
        List<Component> found = new ArrayList<>();
        for (Component c : components) {
            if (c.level() == level) {
                found.add(c);
            }
        }
        return found;
    }

    /**
     * Returns the component with a name at a level.
     *
     * @param level the level
     * @param name the name
     * @return the component, or empty if there is none
     */
    public Optional<Component> find(Level level, String name) {
        Component c = new Component(level, name);
        return ids.containsKey(c) ? Optional.of(c) : Optional.empty();
    }

    /**
     * Returns a component and everything below it, in depth-first order.
     *
     * @param component a component of this topology
     * @return the component first, then its descendants
     * @throws IllegalArgumentException if the component is not in this topology
     */
    public List<Component> subtree(Component component) {
        int id = id(component);
        return List.of(components).subList(id, subtreeEnds[id]);
    }

    /**
     * Returns the component's ancestor at a level, or the component itself at its own level.
     *
     * @param component a component of this topology
     * @param level a level at or above the component's
     * @return the ancestor, or empty if the level is below the component's
     */
    public Optional<Component> ancestor(Component component, Level level) {
        int id = id(component);
        while (components[id].level().ordinal() > level.ordinal()) {
            id = parents[id];
        }
        return components[id].level() == level ? Optional.of(components[id]) : Optional.empty();
    }

    int id(Component component) {
        Integer id = ids.get(Objects.requireNonNull(component, "component"));
        if (id == null) {
            throw new IllegalArgumentException(component + " is not in this topology");
        }
        return id;
    }

    Component component(int id) {
        return components[id];
    }

    /** Returns one past the last id of the subtree of {@code id}. */
    int subtreeEnd(int id) {
        return subtreeEnds[id];
    }

    /** Collects components level by level, then checks names and parents all at once. */
    public static final class Builder {

        private final Map<Level, List<String[]>> entries = new EnumMap<>(Level.class);

        private Builder() {
            for (Level level : Level.values()) {
                entries.put(level, new ArrayList<>());
            }
        }

        /** Adds a cloud. */
        public Builder cloud(String name) {
            return add(Level.CLOUD, name, "");
        }

        /** Adds a region to a cloud. */
        public Builder region(String cloud, String name) {
            return add(Level.REGION, name, cloud);
        }

        /** Adds an availability zone to a region. */
        public Builder zone(String region, String name) {
            return add(Level.ZONE, name, region);
        }

        /** Adds a node to a zone. */
        public Builder node(String zone, String name) {
            return add(Level.NODE, name, zone);
        }

        /** Places a pod on a node. */
        public Builder pod(String node, String name) {
            return add(Level.POD, name, node);
        }

        /**
         * Places {@code count} pods named {@code prefix-0} to {@code prefix-(count-1)} on a node.
         */
        public Builder pods(String node, String prefix, int count) {
            for (int i = 0; i < count; i++) {
                pod(node, prefix + "-" + i);
            }
            return this;
        }

        private Builder add(Level level, String name, String parent) {
            entries.get(level).add(new String[] {name, Objects.requireNonNull(parent, "parent")});
            return this;
        }

        /**
         * Returns the validated topology.
         *
         * @return the topology
         * @throws io.devopssim.core.InvalidInputException listing every blank or duplicate name and
         *     unknown parent
         */
        public Topology build() {
            Problems problems = new Problems();
            Map<Level, Map<String, Integer>> index = checkNames(new Bounds(problems, ""));
            List<List<Integer>> children = linkParents(new Bounds(problems, ""), index);
            problems.throwIfAny("topology");
            return number(children);
        }

        private Map<Level, Map<String, Integer>> checkNames(Bounds c) {
            Map<Level, Map<String, Integer>> index = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                Map<String, Integer> byName = new HashMap<>();
                List<String[]> list = entries.get(level);
                for (int i = 0; i < list.size(); i++) {
                    String name = list.get(i)[0];
                    Bounds at = c.index(plural(level), i);
                    at.notBlank("name", name);
                    if (name != null && byName.putIfAbsent(name, i) != null) {
                        at.fail("name", "duplicate " + level.label() + " name \"" + name + "\"");
                    }
                }
                index.put(level, byName);
            }
            return index;
        }

        /** Returns, per flat entry number, the flat numbers of its children. */
        private List<List<Integer>> linkParents(Bounds c, Map<Level, Map<String, Integer>> index) {
            List<List<Integer>> children = new ArrayList<>();
            for (int n = 0; n < flatSize(); n++) {
                children.add(new ArrayList<>());
            }
            for (Level level : Level.values()) {
                if (level == Level.CLOUD) {
                    continue;
                }
                Map<String, Integer> parents = index.get(level.parent());
                List<String[]> list = entries.get(level);
                for (int i = 0; i < list.size(); i++) {
                    String parent = list.get(i)[1];
                    Bounds at = c.index(plural(level), i);
                    if (at.known(
                            level.parent().label(),
                            parent,
                            level.parent().label(),
                            parents.keySet())) {
                        children.get(flat(level.parent(), parents.get(parent))).add(flat(level, i));
                    }
                }
            }
            return children;
        }

        private Topology number(List<List<Integer>> children) {
            int size = flatSize();
            Component[] components = new Component[size];
            int[] parents = new int[size];
            int[] ends = new int[size];
            int[] next = {0};
            for (int i = 0; i < entries.get(Level.CLOUD).size(); i++) {
                visit(flat(Level.CLOUD, i), 0, children, components, parents, ends, next);
            }
            return new Topology(components, parents, ends);
        }

        private void visit(
                int flat,
                int parentId,
                List<List<Integer>> children,
                Component[] components,
                int[] parents,
                int[] ends,
                int[] next) {
            int id = next[0]++;
            components[id] = componentOf(flat);
            parents[id] = components[id].level() == Level.CLOUD ? id : parentId;
            for (int child : children.get(flat)) {
                visit(child, id, children, components, parents, ends, next);
            }
            ends[id] = next[0];
        }

        private int flatSize() {
            return entries.values().stream().mapToInt(List::size).sum();
        }

        private int flat(Level level, int i) {
            int offset = 0;
            for (Level l : Level.values()) {
                if (l == level) {
                    return offset + i;
                }
                offset += entries.get(l).size();
            }
            throw new IllegalStateException("unknown level " + level);
        }

        private Component componentOf(int flat) {
            int rest = flat;
            for (Level level : Level.values()) {
                List<String[]> list = entries.get(level);
                if (rest < list.size()) {
                    return new Component(level, list.get(rest)[0]);
                }
                rest -= list.size();
            }
            throw new IllegalStateException("no entry " + flat);
        }

        private static String plural(Level level) {
            return level == Level.CLOUD ? "clouds" : level.label() + "s";
        }
    }
}
