package be.sos.rules.internal;

import be.sos.core.model.BottomLine;
import be.sos.core.model.Minor;
import be.sos.core.model.NetworkMember;
import be.sos.core.model.Parent;
import be.sos.core.model.Professional;
import be.sos.core.model.SafetyGoal;
import be.sos.rules.facts.ExtensionAllowed;
import be.sos.rules.facts.NumberedRequest;
import be.sos.rules.facts.Portfolio;
import be.sos.rules.facts.Procedure;
import be.sos.rules.facts.ScalingRound;
import be.sos.rules.facts.ScoreChange;
import be.sos.rules.facts.Window;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kie.api.runtime.KieSession;

/**
 * What the rules can match without {@code from}: the procedure, the case's parts that are facts of
 * their own, and what rules insert. Inserting the parts once is cheaper than a {@code from} in
 * every rule that walks them (each {@code from} makes a fact of every item, rule by rule); the
 * events, safety plans, scalings and other long lists stay behind {@code from $p.events()} and
 * the like, so that a case with many of them costs nothing for the rules that do not look.
 */
final class Facts {
    /** A kind of the case's parts that is a fact of its own: its type, and where the procedure lists them. */
    private record Part(Class<?> type, Function<Procedure, List<?>> items) {
    }

    /** The case's parts inserted beside the procedure. */
    private static final List<Part> PARTS = List.of(
            new Part(Minor.class, Procedure::minors),
            new Part(Parent.class, Procedure::parents),
            new Part(NetworkMember.class, Procedure::network),
            new Part(Professional.class, Procedure::professionals),
            new Part(BottomLine.class, Procedure::bottomLines),
            new Part(SafetyGoal.class, Procedure::safetyGoals),
            new Part(NumberedRequest.class, Procedure::extensionRequestsInOrder),
            new Part(ScalingRound.class, Procedure::scalingRounds),
            new Part(ScoreChange.class, Procedure::scoreChanges));
    /** The facts inserted by the evaluation or by rules. */
    private static final Set<Class<?>> OTHERS = Set.of(Procedure.class, Portfolio.class, Window.class, ExtensionAllowed.class);

    private Facts() {}

    /** Whether a rule can match this type without {@code from}. */
    static boolean isFact(Class<?> type) {
        return OTHERS.contains(type) || PARTS.stream().anyMatch(part -> part.type() == type);
    }

    /** Inserts the procedure and its parts. */
    static void insert(KieSession session, Procedure procedure) {
        session.insert(procedure);
        for (Part part : PARTS) {
            for (Object item : part.items().apply(procedure)) {
                session.insert(item);
            }
        }
    }

    /** The method of the procedure that lists items of this type, such as {@code events} for Event. */
    static Optional<String> listOf(Class<?> type) {
        for (Method m : Procedure.class.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() == List.class
                    && m.getGenericReturnType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] == type) {
                return Optional.of(m.getName());
            }
        }
        return Optional.empty();
    }
}
