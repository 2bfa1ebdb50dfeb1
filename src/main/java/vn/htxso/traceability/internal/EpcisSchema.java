package vn.htxso.traceability.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.springframework.stereotype.Component;

/** The GS1 EPCIS 2.0 JSON schema (draft-07), loaded once, with format assertions on. */
@Component
public class EpcisSchema {

    private final JsonSchema schema;

    public EpcisSchema() {
        try (InputStream in = EpcisSchema.class.getResourceAsStream("/epcis/epcis-2.0-document.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The problems of a JSON text as {path (JSON Pointer), message}, most specific first; empty when it is valid.
     */
    public List<Problem> validate(String json) {
        Set<ValidationMessage> messages = schema.validate(json, InputFormat.JSON);
        return messages.stream()
                .map(m -> new Problem(m.getInstanceLocation().toString(),
                        m.getError() != null ? m.getError() : m.getMessage()))
                .distinct()
                .sorted(Comparator.comparing((Problem p) -> -p.path().length()).thenComparing(Problem::path))
                .toList();
    }

    public record Problem(String path, String message) {
    }
}
