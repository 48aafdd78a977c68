package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.constraints.AtLeast;
import vn.langnghe.harvest.connector.constraints.Between;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * How the problems of a config are gathered: each constraint on a record component gives the field's
 * name and what is wrong, a rule in code adds a whole sentence, and the list follows the record's
 * components whoever found what.
 */
class ConfigProblemsTest {

    /** A config as a platform would declare one; {@code Strict} holds in one mode only. */
    record Sample(@HttpUrl String address, @NotBlank(message = "is needed") String name,
                  @Between(min = 1, max = 10) @Between(min = 1, max = 5, groups = Strict.class) int pageSize,
                  @AtLeast(2) int pages) {
        interface Strict {
        }
    }

    @Test
    void listsEveryProblemInTheOrderOfTheComponents() {
        ConfigProblems problems = ConfigProblems.of(new Sample("a.vn", " ", 0, 0));
        problems.add("name", "a name is needed for this mode");
        problems.add("address", "the address and the name must agree");
        assertEquals(List.of(
                "address must be an http(s) URL: \"a.vn\" does not start with http:// or https://",
                "the address and the name must agree",
                "name is needed",
                "a name is needed for this mode",
                "pageSize must be between 1 and 10",
                "pages must be at least 2"), problems.messages());
    }

    @Test
    void aGroupIsCheckedOnlyWhenAsked() {
        Sample s = new Sample("https://a.vn", "x", 7, 2);
        assertEquals(List.of(), ConfigProblems.of(s).messages());
        assertEquals(List.of("pageSize must be between 1 and 5"), ConfigProblems.of(s).check(Sample.Strict.class).messages());
    }

    @Test
    void aProblemSaidTwiceIsListedOnce() {
        ConfigProblems problems = ConfigProblems.of(new Sample("https://a.vn", "x", 11, 2));
        problems.add("pageSize", "pageSize must be between 1 and 10");
        assertEquals(List.of("pageSize must be between 1 and 10"), problems.messages());
        assertTrue(problems.has("pageSize"));
        assertFalse(problems.has("name"));
    }

    @Test
    void aRuleInCodeMustNameARealComponent() {
        ConfigProblems problems = ConfigProblems.of(new Sample("https://a.vn", "x", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> problems.add("pagesize", "typo"));
    }
}
