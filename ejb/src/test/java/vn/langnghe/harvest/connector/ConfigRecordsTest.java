package vn.langnghe.harvest.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.ConfigCodec;
import vn.langnghe.harvest.connector.constraints.HttpUrl;

/**
 * Every platform's config record declares what its fields may hold, so that a field added later cannot
 * be forgotten: a number has a bound, a choice is required, an address is checked as one, and no
 * factory goes back to writing its own {@code validate}. Read from the Bean Validation metadata, so a
 * bound made of {@code @Min}/{@code @Max} (such as {@code @Between}) counts.
 */
class ConfigRecordsTest {
    /** Numbers that need no bound, and why. */
    private static final Set<String> UNBOUNDED = Set.of(
            "ReplayConfig.seed", // any number is a seed
            "TikTokConfig.maxCommentsPerVideo"); // matters only with comments, where a rule in code wants 1 or more

    private static jakarta.validation.ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void closeValidation() {
        validation.close();
    }

    @Test
    void everyWholeNumberHasABound() {
        List<String> unbounded = new ArrayList<>();
        for (var f : fieldsOfKind(ConfigCodec.Kind.INTEGER)) {
            if (!has(f, Min.class) && !has(f, Max.class) && !UNBOUNDED.contains(f.name())) {
                unbounded.add(f.name());
            }
        }
        assertEquals(List.of(), unbounded, "give these a @Between or @AtLeast (or say in UNBOUNDED why not)");
    }

    @Test
    void everyChoiceIsRequired() {
        List<String> optional = new ArrayList<>();
        for (var f : fieldsOfKind(ConfigCodec.Kind.CHOICE)) {
            if (!has(f, NotNull.class)) {
                optional.add(f.name());
            }
        }
        assertEquals(List.of(), optional, "give these a @NotNull saying the choices");
    }

    @Test
    void everyAddressFieldIsCheckedAsOne() {
        List<String> unchecked = new ArrayList<>();
        for (var f : fieldsOfKind(ConfigCodec.Kind.TEXT)) {
            if (f.name().matches(".*(Url|\\.url)") && !has(f, HttpUrl.class)) {
                unchecked.add(f.name());
            }
        }
        assertEquals(List.of(), unchecked, "give these an @HttpUrl");
    }

    @Test
    void noFactoryWritesItsOwnValidate() throws NoSuchMethodException {
        for (ConnectorFactory<?> f : EveryConnectorFactory.list()) {
            assertEquals(ConnectorFactory.class, f.getClass().getMethod("validate", Record.class).getDeclaringClass(),
                    f.type() + ": declare the rules on the config record, and the rest in checkInCode");
        }
    }

    @Test
    void theMetadataSeesTheBoundsOfACompositeConstraint() {
        var pageSize = new Field("WebConfig.pageSize",
                validator.getConstraintsForClass(vn.langnghe.harvest.connector.web.WebConfig.class)
                        .getConstraintsForProperty("pageSize"));
        assertFalse(!has(pageSize, Min.class) || !has(pageSize, Max.class), "@Between is made of @Min and @Max");
    }

    private record Field(String name, PropertyDescriptor constraints) {
    }

    private static List<Field> fieldsOfKind(ConfigCodec.Kind kind) {
        List<Field> out = new ArrayList<>();
        for (ConnectorFactory<?> factory : EveryConnectorFactory.list()) {
            Class<? extends Record> type = factory.configType();
            for (ConfigCodec.Field field : ConfigCodec.fields(type)) {
                if (field.kind() == kind) {
                    out.add(new Field(type.getSimpleName() + "." + field.name(),
                            validator.getConstraintsForClass(type).getConstraintsForProperty(field.name())));
                }
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    /** Whether the field has a constraint of {@code type}, in any group, itself or inside a composite one. */
    private static boolean has(Field field, Class<? extends Annotation> type) {
        return field.constraints() != null
                && field.constraints().getConstraintDescriptors().stream().anyMatch(d -> isOrHas(d, type));
    }

    private static boolean isOrHas(ConstraintDescriptor<?> d, Class<? extends Annotation> type) {
        return type.isInstance(d.getAnnotation()) || d.getComposingConstraints().stream().anyMatch(c -> isOrHas(c, type));
    }
}
