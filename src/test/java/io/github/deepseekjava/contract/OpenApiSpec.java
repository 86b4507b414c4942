package io.github.deepseekjava.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OpenAPI 3.0.3 spec {@code openapi/deepseek.yaml}, read as a JSON tree, and a validator for its
 * schemas.
 *
 * <p>OpenAPI 3.0 schemas are not JSON Schema, so each schema is translated to JSON Schema 2020-12
 * before validation:
 * <ul>
 *   <li>{@code nullable: true} adds {@code "null"} to the schema's {@code type}, exactly as OAS 3.0.3
 *       defines it: it needs a {@code type} in the same schema (the translation fails without one) and
 *       does not touch {@code enum}, so a nullable enum must list {@code null} itself;</li>
 *   <li>a {@code oneOf}/{@code anyOf} with a {@code discriminator} becomes "the discriminator property is
 *       present, its value is one of the mapping's keys, and the object is valid against the schema that
 *       key maps to" (OpenAPI picks the branch by the discriminator, it does not count matching branches);
 *       the translation fails when the mapping and the branches disagree;</li>
 *   <li>{@code $ref: '#/components/schemas/X'} points at {@code $defs/X}; 3.0-only keywords
 *       ({@code example}, {@code discriminator}, {@code x-...}) are dropped and boolean
 *       {@code exclusiveMinimum}/{@code exclusiveMaximum} become numeric ones;</li>
 *   <li>strict examples: an object schema with {@code properties} and no {@code additionalProperties}
 *       rejects undeclared properties, so an example cannot keep a field the schema renamed or dropped
 *       (the clients themselves do ignore unknown fields).</li>
 * </ul>
 */
final class OpenApiSpec {
  static final Path SPEC_FILE = Paths.get("openapi", "deepseek.yaml");
  static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> DROPPED_KEYWORDS =
      new TreeSet<>(java.util.Arrays.asList("nullable", "example", "discriminator", "xml", "externalDocs"));

  private final JsonNode root;
  /** Whether schemas are translated as plain JSON Schema (see {@link #asPlainJsonSchema()}). */
  private final boolean plain;
  /** components/schemas translated to JSON Schema; made on first use, so reading the spec never fails. */
  private ObjectNode defs;
  private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();

  private OpenApiSpec(JsonNode root, boolean plain) {
    this.root = root;
    this.plain = plain;
  }

  /**
   * The same spec validated as a generator or validator that knows only JSON Schema sees it: the
   * {@code discriminator} is ignored, so a {@code oneOf} holds only when exactly one branch matches,
   * and undeclared properties are allowed (OpenAPI's default). {@code nullable}, {@code $ref} and the
   * 3.0-only keywords are translated as in the class comment.
   */
  OpenApiSpec asPlainJsonSchema() {
    return new OpenApiSpec(root, true);
  }

  /** Another document (e.g. an edited copy of this one) validated the same way as this one. */
  OpenApiSpec withRoot(JsonNode otherRoot) {
    return new OpenApiSpec(otherRoot, plain);
  }

  private synchronized ObjectNode defs() {
    if (defs == null) {
      ObjectNode translated = NODES.objectNode();
      components().properties().forEach(entry -> translated.set(entry.getKey(),
          toJsonSchema(entry.getValue(), SCHEMA_REF_PREFIX + entry.getKey(), plain)));
      defs = translated;
    }
    return defs;
  }

  static OpenApiSpec load() {
    try {
      return new OpenApiSpec(YAML.readTree(SPEC_FILE.toFile()), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /** {@code components/schemas}, by name, in spec order. */
  JsonNode components() {
    return root.path("components").path("schemas");
  }

  /** The node at a JSON pointer such as {@code /paths/~1models/get}; fails when there is none. */
  JsonNode at(String pointer) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode()) {
      throw new AssertionError("the spec has nothing at " + pointer);
    }
    return node;
  }

  /** Follows a local {@code $ref} ({@code #/components/...}); any other node is returned as is. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/") || hops > 10) {
        throw new AssertionError("unsupported $ref " + ref);
      }
      current = at(ref.substring(1));
    }
    return current;
  }

  /**
   * Validates {@code instance} against an OpenAPI schema of this spec (a component reference or an
   * inline schema); returns the messages, empty when it is valid.
   */
  List<String> validate(JsonNode openApiSchema, JsonNode instance) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.set("allOf", NODES.arrayNode().add(toJsonSchema(openApiSchema, "(inline schema)", plain)));
    schema.set("$defs", defs());
    JsonSchema validator = factory.getSchema(schema, config);
    Set<ValidationMessage> messages = validator.validate(instance);
    return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
  }

  /** Validates against {@code #/components/schemas/<name>}. */
  List<String> validateAgainstComponent(String name, JsonNode instance) {
    if (!components().has(name)) {
      throw new AssertionError("no schema " + name + " in the spec");
    }
    return validate(NODES.objectNode().put("$ref", SCHEMA_REF_PREFIX + name), instance);
  }

  /**
   * The translation of one OpenAPI 3.0 schema object to JSON Schema 2020-12 (see the class comment;
   * {@code plain}: see {@link #asPlainJsonSchema()}).
   */
  static JsonNode toJsonSchema(JsonNode schema, String where, boolean plain) {
    if (!schema.isObject()) {
      throw new AssertionError(where + ": a schema must be an object, got " + schema);
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) {
        throw new AssertionError(where + ": unsupported schema $ref " + ref);
      }
      return NODES.objectNode().put("$ref", "#/$defs/" + ref.substring(SCHEMA_REF_PREFIX.length()));
    }
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (DROPPED_KEYWORDS.contains(key) || key.startsWith("x-")) {
        continue;
      }
      switch (key) {
        case "properties": {
          ObjectNode properties = out.putObject("properties");
          value.properties().forEach(p ->
              properties.set(p.getKey(), toJsonSchema(p.getValue(), where + "/properties/" + p.getKey(), plain)));
          break;
        }
        case "items":
        case "not":
          out.set(key, toJsonSchema(value, where + "/" + key, plain));
          break;
        case "additionalProperties":
          out.set(key, value.isObject() ? toJsonSchema(value, where + "/" + key, plain) : value);
          break;
        case "allOf":
        case "oneOf":
        case "anyOf": {
          ArrayNode branches = out.putArray(key);
          for (int i = 0; i < value.size(); i++) {
            branches.add(toJsonSchema(value.get(i), where + "/" + key + "/" + i, plain));
          }
          break;
        }
        case "exclusiveMinimum":
        case "exclusiveMaximum":
          if (value.isBoolean()) {
            String bound = key.equals("exclusiveMinimum") ? "minimum" : "maximum";
            if (value.booleanValue() && schema.has(bound)) {
              out.set(key, schema.get(bound));
            }
          } else {
            out.set(key, value);
          }
          break;
        case "minimum":
        case "maximum":
          String exclusive = key.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
          if (!schema.path(exclusive).asBoolean(false)) {
            out.set(key, value);
          }
          break;
        default:
          out.set(key, value);
      }
    }
    if (schema.path("nullable").asBoolean(false)) {
      if (!schema.has("type")) {
        throw new AssertionError(where + ": `nullable` without a sibling `type` has no effect in OAS 3.0.3;"
            + " use a null-only branch {type: object, nullable: true, enum: [null]} (see Stop in the spec)");
      }
      out.set("type", NODES.arrayNode().add(schema.get("type").asText()).add("null"));
    }
    if (plain) {
      return out;
    }
    if (schema.has("properties") && !schema.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    if (schema.has("discriminator")) {
      applyDiscriminator(schema, out, where);
    }
    return out;
  }

  private static void applyDiscriminator(JsonNode schema, ObjectNode out, String where) {
    String composition = schema.has("oneOf") ? "oneOf" : schema.has("anyOf") ? "anyOf" : null;
    if (composition == null) {
      throw new AssertionError(where + ": discriminator without oneOf/anyOf is not supported");
    }
    String property = schema.path("discriminator").path("propertyName").asText();
    Set<String> branchRefs = new LinkedHashSet<>();
    for (JsonNode branch : schema.get(composition)) {
      if (!branch.has("$ref")) {
        throw new AssertionError(where + ": every " + composition + " branch of a discriminated schema must be a $ref");
      }
      branchRefs.add(branch.get("$ref").asText());
    }
    Map<String, String> mapping = new LinkedHashMap<>();
    JsonNode explicit = schema.path("discriminator").path("mapping");
    if (explicit.isObject() && explicit.size() > 0) {
      explicit.properties().forEach(m -> mapping.put(m.getKey(), m.getValue().asText()));
    } else {
      for (String ref : branchRefs) {
        mapping.put(ref.substring(SCHEMA_REF_PREFIX.length()), ref);
      }
    }
    if (!new LinkedHashSet<>(mapping.values()).equals(branchRefs)) {
      throw new AssertionError(where + ": discriminator mapping " + mapping.values() + " does not name exactly the "
          + composition + " branches " + branchRefs);
    }
    out.remove(composition);
    out.put("type", "object");
    out.putArray("required").add(property);
    ArrayNode keys = out.putObject("properties").putObject(property).putArray("enum");
    ArrayNode cases = out.putArray("allOf");
    mapping.forEach((key, ref) -> {
      keys.add(key);
      ObjectNode when = cases.addObject();
      ObjectNode condition = when.putObject("if");
      condition.putObject("properties").putObject(property).put("const", key);
      condition.putArray("required").add(property);
      when.set("then", toJsonSchema(NODES.objectNode().put("$ref", ref), where + "/discriminator/" + key, false));
    });
  }

  /** JSON equality that treats numbers as decimals ({@code 1} equals {@code 1.0}). */
  static boolean sameJson(JsonNode a, JsonNode b) {
    Comparator<JsonNode> numbersAsDecimals = (x, y) -> {
      if (x.isNumber() && y.isNumber()) {
        return new BigDecimal(x.asText()).compareTo(new BigDecimal(y.asText()));
      }
      return x.equals(y) ? 0 : 1;
    };
    return a.equals(numbersAsDecimals, b);
  }

  static JsonNode parseJson(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String toJson(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A classpath resource under src/test/resources, as text. */
  static String resource(String name) {
    try (java.io.InputStream in = OpenApiSpec.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON pointer token: {@code /} and {@code ~} escaped. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
