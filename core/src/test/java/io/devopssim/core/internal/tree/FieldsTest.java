package io.devopssim.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devopssim.core.InvalidInputException.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private final Problems problems = new Problems();

    private Fields fields(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            return Fields.of(node, "service", problems);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<String> reported() {
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void finish_misspeltKey_suggestsTheClosestKnownKey() {
        Fields f = fields("{\"replcias\": 3}");
        f.integer("replicas");
        f.ignore("name");
        f.finish();

        assertThat(reported())
                .containsExactly("service.replcias: unknown key; did you mean \"replicas\"?");
    }

    @Test
    void finish_keyFarFromAnyKnown_listsTheKnownKeys() {
        Fields f = fields("{\"colour\": \"red\"}");
        f.integer("replicas");
        f.string("name");
        f.finish();

        assertThat(reported())
                .containsExactly("service.colour: unknown key; expected one of replicas, name");
    }

    @Test
    void finish_everyKeyAsked_reportsNothing() {
        Fields f = fields("{\"replicas\": 3, \"name\": \"web\", \"notes\": \"x\"}");
        f.integer("replicas");
        f.string("name");
        f.ignore("notes");
        f.finish();

        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void integer_fractionOrTooLargeOrText_reportsWhatWasWritten() {
        Fields f = fields("{\"a\": 2.5, \"b\": 3000000000, \"c\": \"3\"}");

        assertThat(f.integer("a")).isEmpty();
        assertThat(f.integer("b")).isEmpty();
        assertThat(f.integer("c")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        "service.a: expected a whole number, was 2.5",
                        "service.b: expected a whole number from -2147483648 to 2147483647"
                                + " (2^31 - 1), was 3000000000",
                        "service.c: expected a whole number, was \"3\"");
    }

    @Test
    void required_absentOrNull_reportedAsMissing() {
        Fields f = fields("{\"name\": null}");

        assertThat(f.requiredString("name")).isEmpty();
        assertThat(f.requiredInteger("replicas")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        "service.name: required key is missing",
                        "service.replicas: required key is missing");
    }

    @Test
    void typeMismatch_namesTheKindFound() {
        Fields f = fields("{\"name\": [1], \"rate\": {\"x\": 1}, \"zones\": \"a\"}");

        assertThat(f.string("name")).isEmpty();
        assertThat(f.number("rate")).isEmpty();
        assertThat(f.list("zones")).isEmpty();
        assertThat(reported())
                .containsExactly(
                        "service.name: expected a string, was a list",
                        "service.rate: expected a number, was a mapping",
                        "service.zones: expected a list, was \"a\"");
    }

    @Test
    void durationAndQuantity_acceptNumbersAndUnits() {
        Fields f = fields("{\"d\": \"5m\", \"n\": 30, \"q\": \"250m\", \"g\": \"1Gi\"}");

        assertThat(f.duration("d")).hasValue(300.0);
        assertThat(f.duration("n")).hasValue(30.0);
        assertThat(f.quantity("q")).hasValue(0.25);
        assertThat(f.quantity("g")).hasValue(1024.0 * 1024 * 1024);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void duration_unknownUnit_reportsTheAcceptedForms() {
        Fields f = fields("{\"d\": \"5 minutes\"}");

        assertThat(f.duration("d")).isEmpty();
        assertThat(reported())
                .singleElement()
                .asString()
                .startsWith("service.d: expected ")
                .endsWith(", was \"5 minutes\"");
    }

    @Test
    void choice_matchesCaseInsensitivelyAndListsChoicesOtherwise() {
        Map<String, Integer> choices = new LinkedHashMap<>();
        choices.put("Max", 1);
        choices.put("Min", 2);
        Fields f = fields("{\"a\": \"max\", \"b\": \"Avg\"}");

        assertThat(f.choice("a", choices)).contains(1);
        assertThat(f.choice("b", choices)).isEmpty();
        assertThat(reported()).containsExactly("service.b: expected one of Max, Min, was \"Avg\"");
    }

    @Test
    void single_unionWithTwoKeys_reportsBoth() {
        Fields f = fields("{\"fixed\": 1, \"uniform\": 2}");

        assertThat(f.single(Set.of("fixed"))).isEmpty();
        assertThat(reported())
                .containsExactly("service: expected exactly one of fixed, was fixed, uniform");
    }

    @Test
    void single_emptyMapping_saysSo() {
        Fields f = fields("{}");

        assertThat(f.single(Set.of("fixed"))).isEmpty();
        assertThat(reported())
                .containsExactly("service: expected exactly one of fixed, was an empty mapping");
    }

    @Test
    void object_nestedReader_prefixesPathsAndSharesProblems() {
        Fields f = fields("{\"startup\": {\"fixd\": \"10s\"}}");
        Fields startup = f.object("startup").orElseThrow();
        startup.duration("fixed");
        startup.finish();

        assertThat(startup.path()).isEqualTo("service.startup");
        assertThat(reported())
                .containsExactly("service.startup.fixd: unknown key; did you mean \"fixed\"?");
    }

    @Test
    void quoted_longText_isCutAtEightyCharacters() {
        String shown = Values.quoted("x".repeat(200));

        assertThat(shown).hasSize(80 + 2 + 3).endsWith("...\"");
    }
}
