package org.claimcheck.e2e;

import org.claimcheck.pipeline.Claimcheck;

/** One pipeline for every test in the JVM: CoreNLP takes seconds and gigabytes to load. */
public final class SharedPipeline {

    private static Claimcheck instance;

    private SharedPipeline() {
    }

    public static synchronized Claimcheck get() {
        if (instance == null) {
            instance = Claimcheck.defaults();
        }
        return instance;
    }
}
