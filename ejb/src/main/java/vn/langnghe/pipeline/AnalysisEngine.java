package vn.langnghe.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import vn.langnghe.analysis.Analyzer;

/**
 * The pipeline's assembler over the process's one {@link Analyzer} ({@link Analyzer#shared}, immutable and
 * thread-safe), built on first use: loading the models and the gazetteer takes a second or two that
 * deployment should not wait for.
 */
@ApplicationScoped
public class AnalysisEngine {
    private volatile PostAssembler assembler;

    public PostAssembler assembler() {
        PostAssembler a = assembler;
        if (a == null) {
            synchronized (this) {
                if (assembler == null) {
                    assembler = new PostAssembler(Analyzer.shared());
                }
                a = assembler;
            }
        }
        return a;
    }
}
