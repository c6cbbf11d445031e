package dev.citegraph.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL is the researchers' manual: every type, field, argument and enum value says what it means. */
class SchemaDescriptionTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
        TypeDefinitionRegistry registry;
        try (var in = getClass().getResourceAsStream("/graphql/schema.graphqls")) {
            registry = new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        registry.getTypes(ObjectTypeDefinition.class).forEach(type -> {
            check(missing, type.getName(), type.getDescription());
            for (FieldDefinition field : type.getFieldDefinitions()) {
                check(missing, type.getName() + "." + field.getName(), field.getDescription());
                for (InputValueDefinition arg : field.getInputValueDefinitions()) {
                    check(missing, type.getName() + "." + field.getName() + "(" + arg.getName() + ")", arg.getDescription());
                }
            }
        });
        registry.getTypes(EnumTypeDefinition.class).forEach(type -> {
            check(missing, type.getName(), type.getDescription());
            type.getEnumValueDefinitions().forEach(v -> check(missing, type.getName() + "." + v.getName(), v.getDescription()));
        });
        assertThat(missing).as("undescribed schema elements").isEmpty();
    }

    private static void check(List<String> missing, String what, Description description) {
        if (description == null || description.getContent().isBlank()) {
            missing.add(what);
        }
    }
}
