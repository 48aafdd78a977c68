package vn.langnghe.pipeline;

import java.time.Instant;
import vn.langnghe.analysis.AnalysedItem;
import vn.langnghe.analysis.Analysis;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.text.Folding;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.Post;

/**
 * Turns a harvested item into an indexed post: the title and text are cleaned once, in the format the
 * connector declared (HTML to text, scripts gone; plain text as it is), analysed, and the comment is
 * tied to its parent and thread under the same platform's ids. The clean text is what is stored and
 * shown, never the raw HTML.
 */
public final class PostAssembler {
    private final Analyzer analyzer;

    public PostAssembler(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Post assemble(HarvestedItem item, String sourceName, Instant fetchedAt) {
        // the item says whether its words are HTML, so entities are decoded exactly once: by the HTML
        // reader, or not at all in plain text, where the platform has already decoded them
        AnalysedItem analysed = analyzer.analyzeItem(item.title(), item.text(), item.html());
        Analysis a = analysed.analysis();
        String title = analysed.title();
        String platform = item.platform();
        // title, text and what the analysis found in them are composed (NFC) by the cleaner; names come
        // as the platform or the admin wrote them, decomposed by windows-1258 feeds and by keyboards
        // typing combining marks, and an exact filter on them would miss the composed form. Ids and
        // URLs stay byte for byte what the platform gave.
        return Post.builder(platform, item.nativeId())
                .source(composed(sourceName))
                .kind(item.kind())
                .url(item.url())
                .parentId(item.parentNativeId() == null ? null : Post.id(platform, item.parentNativeId()))
                .threadId(item.threadNativeId() == null ? null : Post.id(platform, item.threadNativeId()))
                .author(composed(item.authorName()), item.authorId())
                .title(title)
                .text(analysed.text())
                .language(a.lang())
                .createdAt(item.createdAt())
                .harvestedAt(fetchedAt)
                .engagement(item.likes(), item.shares(), item.comments(), item.views())
                .sentiment(a.sentiment(), a.isEmpty() ? null : a.sentimentScore())
                .sentimentEvidence(a.sentimentEvidence())
                .sentimentConfidence(a.isEmpty() ? null : a.sentimentConfidence())
                .topics(a.topics())
                .topicSentiments(a.topicSentiments())
                .regions(a.areas(), a.units())
                .keywords(a.keywords())
                .hashtags(a.hashtags())
                .signature(a.signature())
                .build();
    }

    private static String composed(String name) {
        return name == null ? null : Folding.nfc(name);
    }
}
