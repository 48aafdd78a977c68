package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.analysis.AnalysedItem;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.analysis.region.RegionMatcher;
import vn.langnghe.apiclient.Permission;

/**
 * {@code POST /api/v1/analyze}: the platform's analysis engine (the one the indexing pipeline runs) on
 * the caller's own texts, such as hotline tickets: one ({@code {"text": ...}} → one answer) or a batch
 * ({@code {"items": [...]}} → {@code items} in input order, each with its {@code id}). Nothing is stored or
 * indexed; the call is audited with the number of texts. Limits (configuration): the body's bytes (413),
 * each text's length and the batch's size (400).
 */
@Path("analyze")
@RequestScoped
@Permits(Permission.ANALYZE)
public class AnalyzeResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ApiRows rows;

    @Inject
    @ConfigProperty(name = "langnghe.api.analyze.max-body-bytes", defaultValue = "8388608")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "langnghe.api.analyze.max-items", defaultValue = "1000")
    int maxItems;

    @Inject
    @ConfigProperty(name = "langnghe.api.analyze.max-text-chars", defaultValue = "20000")
    int maxTextChars;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject analyze(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        AnalyzeRequest request = AnalyzeRequest.parse(RequestBody.utf8(read(contentLength, body), maxBodyBytes),
                new AnalyzeRequest.Limits(maxItems, maxTextChars));
        JsonObject answer = answer(request, Analyzer.shared(), RegionMatcher.load());
        rows.set(request.items().size());
        return answer;
    }

    static JsonObject answer(AnalyzeRequest request, Analyzer analyzer, RegionMatcher places) {
        if (!request.batch()) {
            AnalyzeRequest.Item one = request.items().get(0);
            return AnalysisAnswer.json(0, one, analyzer.analyzeItem(one.title(), one.text(), one.html()), places);
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (int i = 0; i < request.items().size(); i++) {
            AnalyzeRequest.Item item = request.items().get(i);
            AnalysedItem analysed = analyzer.analyzeItem(item.title(), item.text(), item.html());
            items.add(AnalysisAnswer.json(i, item, analysed, places));
        }
        return JSON.createObjectBuilder().add("count", request.items().size()).add("items", items).build();
    }

    /**
     * At most one byte over the limit is read, so a huge body is refused without holding it in memory; a
     * declared length over the limit is refused before reading at all.
     */
    private byte[] read(String contentLength, InputStream in) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > maxBodyBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                // not a number: the container would have refused it; read and count instead
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > maxBodyBytes) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(ProblemType.BODY_TOO_LARGE, "the body is larger than " + maxBodyBytes / (1024 * 1024)
                + " MB: send fewer texts a call");
    }
}
