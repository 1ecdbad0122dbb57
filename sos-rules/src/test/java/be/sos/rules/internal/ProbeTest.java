package be.sos.rules.internal;

import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        for (int depth : new int[] {4, 6, 8, 9, 10}) {
            String when = "Procedure( " + "(".repeat(depth) + "day > 0" + ")".repeat(depth) + " )";
            long t = System.nanoTime();
            RuleGate.Result r = RuleGate.check(RuleTexts.alone("t.drl", RuleTexts.rule(when, "out.warning(\"X\");")));
            System.out.println("cond depth " + depth + ": " + (System.nanoTime() - t) / 1_000_000 + " ms " + r.problems());
            String from = "$p : Procedure()\n    $e : NetworkMember() from " + "(".repeat(depth) + "$p.network()" + ")".repeat(depth);
            t = System.nanoTime();
            r = RuleGate.check(RuleTexts.alone("t.drl", RuleTexts.rule(from, "out.warning(\"X\");")));
            System.out.println("from depth " + depth + ": " + (System.nanoTime() - t) / 1_000_000 + " ms " + r.problems());
        }
    }
}
