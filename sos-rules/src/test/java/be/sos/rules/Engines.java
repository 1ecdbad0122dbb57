package be.sos.rules;

/** One engine with the bundled rules for every test of the JVM: compiling them takes seconds. */
public final class Engines {
    private Engines() {}

    private static final class Holder {
        static final SosEngine BUNDLED = SosEngine.bundled();
    }

    /** The engine with the bundled rules. */
    public static SosEngine bundled() {
        return Holder.BUNDLED;
    }
}
