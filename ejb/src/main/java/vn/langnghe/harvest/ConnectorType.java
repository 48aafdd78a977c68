package vn.langnghe.harvest;

import java.util.List;
import java.util.Map;

/** A platform that sources can use, with what its form asks for. */
public record ConnectorType(String type, String displayName, List<ConfigCodec.Field> fields,
                            Map<String, String> defaults, List<String> credentialNames) {
}
