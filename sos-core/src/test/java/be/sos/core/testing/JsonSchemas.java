package be.sos.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON Schemas that sos ships in its jars, loaded from the class path and checked with a
 * maintained validator (networknt json-schema-validator, draft 2020-12, formats asserted): shared by
 * the schema tests of every module through the test-jar.
 */
public final class JsonSchemas {
    /** The case file's schema, a resource of sos-core. */
    public static final String CASE = "be/sos/core/schema/case.schema.json";
    /** The evaluation's schema, a resource of sos-rules. */
    public static final String EVALUATION = "be/sos/rules/schema/evaluation.schema.json";

    /** The keywords of draft 2020-12 the schemas use; any other key where a schema stands is a typo. */
    private static final Set<String> KEYWORDS = Set.of(
            "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "examples",
            "type", "enum", "const", "properties", "additionalProperties", "required", "items", "minItems", "maxItems",
            "uniqueItems", "minimum", "maximum", "minLength", "maxLength", "pattern", "format",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build()));
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemas() {}

    /** The text of a schema resource. */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema resource as a tree, to read its parts (enums, properties) in tests. */
    public static JsonNode tree(String resource) {
        try {
            return JSON.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema resource, ready to validate with. */
    public static Schema load(String resource) {
        return REGISTRY.getSchema(text(resource), InputFormat.JSON);
    }

    /** The problems of a JSON text against a schema, each as "path: message"; empty when it is valid. */
    public static List<String> problems(Schema schema, String json) {
        List<String> problems = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) {
            problems.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return problems;
    }

    /** The problems of a JSON text against a schema, as the validator's errors. */
    public static List<Error> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    /**
     * The problems of a schema resource itself: against the draft 2020-12 meta-schema, and any key in
     * a schema position that is not one of the keywords the schemas use (the meta-schema lets an
     * unknown key such as {@code "maximun"} through, silently checking nothing).
     */
    public static List<String> schemaProblems(String resource) {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<String> problems = problems(meta, text(resource));
        unknownKeywords(tree(resource), "#", problems);
        return problems;
    }

    private static void unknownKeywords(JsonNode schema, String at, List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String here = at + "/" + key;
            if (!KEYWORDS.contains(key)) {
                problems.add(here + ": not a keyword the schemas use");
            } else if (key.equals("properties") || key.equals("$defs")) {
                for (Map.Entry<String, JsonNode> sub : value.properties()) {
                    unknownKeywords(sub.getValue(), here + "/" + sub.getKey(), problems);
                }
            } else if (key.equals("allOf") || key.equals("anyOf") || key.equals("oneOf")) {
                for (int i = 0; i < value.size(); i++) {
                    unknownKeywords(value.get(i), here + "/" + i, problems);
                }
            } else if (Set.of("items", "additionalProperties", "not", "if", "then", "else").contains(key)) {
                unknownKeywords(value, here, problems);
            }
        }
    }

    /** The values of an {@code enum} in a schema, without {@code null}. */
    public static Set<String> enumValues(JsonNode enumNode) {
        Set<String> values = new TreeSet<>();
        enumNode.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    /** The names of the {@code properties} of a schema object. */
    public static Set<String> propertyNames(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.path("properties").properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    private static InputStream open(String resource) {
        InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("schema " + resource + " is not on the class path");
        }
        return in;
    }
}
