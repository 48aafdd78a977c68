package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.PasswordProblem;

/** Every text exists in both languages, and every reason the account service gives has a text. */
class MessageBundlesTest {
    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vn/langnghe/web/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws Exception {
        Set<Object> vi = new TreeSet<>(bundle("messages_vi").keySet());
        assertEquals(vi, new TreeSet<>(bundle("messages_en").keySet()));
        assertEquals(bundle("messages_vi"), bundle("messages"), "the default bundle is the Vietnamese one");
    }

    @Test
    void everyPasswordProblemHasATextInBothLanguages() throws Exception {
        for (String name : new String[] {"messages_vi", "messages_en"}) {
            Properties p = bundle(name);
            for (PasswordProblem problem : PasswordProblem.values()) {
                assertTrue(p.containsKey(problem.messageKey()), name + " lacks " + problem.messageKey());
            }
        }
    }

    @Test
    void everyTopicSentimentPairHasALabelInBothLanguages() throws Exception {
        for (String name : new String[] {"messages_vi", "messages_en"}) {
            Properties p = bundle(name);
            for (String code : vn.langnghe.analysis.topic.TopicClassifier.CODES) {
                for (String polarity : new String[] {"positive", "negative"}) {
                    String key = vn.langnghe.search.Facet.TOPIC_SENTIMENT.valueLabelKey(code + ":" + polarity);
                    assertTrue(p.containsKey(key), name + " lacks " + key);
                    assertTrue(p.getProperty(key).startsWith(p.getProperty("facet.topic." + code) + ": "), key);
                }
            }
        }
        assertEquals("Giao thông: tiêu cực", bundle("messages_vi").getProperty("facet.topic_sentiment.transport:negative"));
    }
}
