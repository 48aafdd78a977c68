package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every error kind that reaches admins through the API is explained in docs/api.md. */
class ErrorKindDocsTest {

    @Test
    void everyKindHasARowInTheApiDocumentation() throws Exception {
        String api = Files.readString(Path.of("..", "docs", "api.md"));
        for (ErrorKind k : ErrorKind.values()) {
            assertTrue(api.contains("\n| `" + k.code() + "` |"), "docs/api.md has no row for the error kind " + k.code());
        }
    }
}
