package vn.langnghe.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.mastodon.MastodonConfig;
import vn.langnghe.harvest.connector.mastodon.MastodonConnectorFactory;

class ConfigCodecTest {
    private final MastodonConfig defaults = new MastodonConnectorFactory().defaultConfig();

    @Test
    void describesTheFormFieldsOfAConfigRecord() {
        List<ConfigCodec.Field> fields = ConfigCodec.fields(MastodonConfig.class);
        assertEquals(List.of("instanceUrl", "timeline", "hashtag", "localOnly", "pageSize", "backfillPages"),
                fields.stream().map(ConfigCodec.Field::name).toList());
        assertEquals(ConfigCodec.Kind.CHOICE, fields.get(1).kind());
        assertEquals(List.of("TAG", "PUBLIC"), fields.get(1).choices());
        assertEquals(ConfigCodec.Kind.BOOLEAN, fields.get(3).kind());
        assertEquals(ConfigCodec.Kind.INTEGER, fields.get(4).kind());
    }

    @Test
    void roundTripsThroughJsonAndKeepsDefaultsForMissingFields() throws InvalidSourceException {
        MastodonConfig c = ConfigCodec.fromStrings(MastodonConfig.class,
                Map.of("hashtag", "ketxe", "timeline", "public", "pageSize", " 20 "), defaults);
        assertEquals("ketxe", c.hashtag());
        assertEquals(MastodonConfig.Timeline.PUBLIC, c.timeline());
        assertEquals(20, c.pageSize());
        assertEquals(defaults.instanceUrl(), c.instanceUrl());
        MastodonConfig back = ConfigCodec.fromJson(MastodonConfig.class, ConfigCodec.toJson(c), null);
        assertEquals(c, back);
    }

    @Test
    void aConfigStoredBeforeAFieldExistedStillLoads() throws InvalidSourceException {
        var old = Json.createObjectBuilder().add("instanceUrl", "https://mstdn.vn").add("hashtag", "hcm").build();
        MastodonConfig c = ConfigCodec.fromJson(MastodonConfig.class, old, defaults);
        assertEquals("https://mstdn.vn", c.instanceUrl());
        assertEquals(defaults.backfillPages(), c.backfillPages());
    }

    @Test
    void namesEveryBadValueAndUnknownField() {
        InvalidSourceException e = assertThrows(InvalidSourceException.class, () -> ConfigCodec.fromStrings(
                MastodonConfig.class, Map.of("pageSize", "bốn mươi", "timeline", "HOME", "hashtagg", "x"), defaults));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().contains("pageSize: \"bốn mươi\" is not a whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("not one of [TAG, PUBLIC]"), e.getMessage());
        assertTrue(e.getMessage().contains("no field \"hashtagg\""), e.getMessage());
    }

    @Test
    void refusesNestedJsonValues() {
        var bad = Json.createObjectBuilder().add("hashtag", Json.createArrayBuilder().add("a")).build();
        assertThrows(InvalidSourceException.class, () -> ConfigCodec.fromJson(MastodonConfig.class, bad, defaults));
    }
}
