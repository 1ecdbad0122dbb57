package com.example.host;

import be.sos.core.json.CaseJson;
import be.sos.rules.SosEngine;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The cold start of a host on sos-rules alone (docs/embedding.md): the first {@code SosEngine.bundled()}
 * in a new JVM, and the first evaluation of the case file {@code args[0]}.
 */
public final class ColdStart {
    private ColdStart() {}

    /** Prints the times, the number of findings and the classes loaded. */
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        SosEngine engine = SosEngine.bundled();
        long t1 = System.nanoTime();
        var evaluation = engine.evaluate(CaseJson.read(Path.of(args[0])), LocalDate.parse("2019-02-01"));
        long t2 = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT, "bundled() %d ms, first evaluation %d ms, %d findings, classes loaded %d%n", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, evaluation.findings().size(),
                java.lang.management.ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
    }
}
