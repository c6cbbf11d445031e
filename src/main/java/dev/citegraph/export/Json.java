package dev.citegraph.export;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON as the exports write it: absent values are left out rather than written as null. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    /** JSON text for a list that a format without lists (GraphML, CSV) carries in one cell. */
    static String text(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
