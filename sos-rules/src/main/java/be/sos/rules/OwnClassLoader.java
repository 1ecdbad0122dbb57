package be.sos.rules;

import java.io.IOException;

/**
 * Runs the engine's work with this library's class loader as the thread's context class loader,
 * and puts the caller's back after. Drools finds its services through the context class loader;
 * in a container such as OSGi (HCL Domino's Java runs in one) that loader is the host's, which
 * knows no Drools or knows another copy of it.
 */
final class OwnClassLoader {
    private static final ClassLoader LIBRARY = OwnClassLoader.class.getClassLoader();

    /** Work that may fail as loading a rule set does. */
    interface Work<T> {
        T run() throws RuleSetException, IOException;
    }

    private OwnClassLoader() {}

    static <T> T call(Work<T> work) throws RuleSetException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        if (caller == LIBRARY) {
            return work.run();
        }
        thread.setContextClassLoader(LIBRARY);
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    /** {@link #call} for work that throws no checked exception. */
    static <T> T get(java.util.function.Supplier<T> work) {
        try {
            return call(work::get);
        } catch (RuleSetException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
