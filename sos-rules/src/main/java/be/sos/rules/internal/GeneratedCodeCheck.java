package be.sos.rules.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A second line behind the {@link RuleGate}: the classes Drools generated for a rule set may
 * refer only to Drools itself, the rule vocabulary (the case model, the facts, their enums), the
 * generated rules, and a short allow-list of the JDK (text, numbers, collections, {@code java.time}
 * and what the Java compiler itself emits). Reads the references from each class file's constant
 * pool: every method, field and class a class can use is named there, so a call the gate missed
 * (a reflective one, a fully qualified one) cannot hide. Stateless.
 */
final class GeneratedCodeCheck {
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "StringBuilder", "CharSequence", "Integer", "Long",
            "Double", "Float", "Short", "Byte", "Boolean", "Character", "Number", "Math", "Comparable", "Iterable", "Enum", "Record",
            "Exception", "RuntimeException", "Throwable", "IllegalStateException", "IllegalArgumentException",
            "NullPointerException", "UnsupportedOperationException", "ClassCastException", "ArithmeticException",
            "IndexOutOfBoundsException", "Void", "Override", "SuppressWarnings", "Deprecated", "FunctionalInterface", "Class");
    private static final Set<String> JAVA_LANG_INVOKE = Set.of("LambdaMetafactory", "StringConcatFactory", "MethodHandles$Lookup",
            "MethodHandle", "MethodType", "CallSite", "ObjectMethods");
    private static final Set<String> JAVA_UTIL_DENIED = Set.of("ServiceLoader", "Timer", "TimerTask", "Scanner", "Properties",
            "PropertyResourceBundle", "ResourceBundle", "Random", "SplittableRandom", "UUID");
    /** Members of JDK classes that lead out of the data even on an allowed class. */
    private static final Set<String> NEVER = Set.of("getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
            "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "newInstance", "getClassLoader",
            "getResource", "getResourceAsStream", "getModule", "now", "systemDefault", "systemUTC", "exit", "halt",
            "wait", "notify", "notifyAll");

    /** The type of {@code out}: of its members, generated code may use only the outcomes rules may call. */
    private static final String OUT_TYPE = Vocabulary.OUT_TYPE.getName().replace('.', '/');

    private GeneratedCodeCheck() {}

    /** The references of one class file that rules may not use, as {@code owner.member}; empty when it is clean. */
    static Set<String> forbidden(byte[] classFile) {
        Set<String> refused = new TreeSet<>();
        for (String[] ref : references(classFile)) {
            String owner = ref[0];
            String member = ref[1];
            if (!allowed(owner, member)) {
                refused.add(owner.replace('/', '.') + (member == null ? "" : "." + member));
            }
        }
        return refused;
    }

    /** Whether a generated class may refer to this class (member null) or member of it. */
    static boolean allowed(String owner, String member) {
        if (owner.startsWith("org/drools/") || owner.startsWith("org/kie/")) {
            return true;
        }
        if (owner.startsWith("be/sos/")) {
            boolean vocabulary = owner.startsWith("be/sos/core/model/") || owner.startsWith("be/sos/rules/facts/")
                    || owner.startsWith("be/sos/rules/drl/") || owner.equals("be/sos/rules/MilestoneStatus")
                    || owner.equals("be/sos/rules/Severity");
            return vocabulary && (member == null || !owner.equals(OUT_TYPE) || Vocabulary.get().outcomes().contains(member));
        }
        if (member != null && NEVER.contains(member)) {
            return false;
        }
        if (owner.equals("java/lang/System") || owner.equals("java/lang/invoke/MethodHandles")) {
            // Named by what the Java compiler emits (an enum's values(), a lambda's lookup); of their members only arraycopy.
            return member == null || owner.equals("java/lang/System") && member.equals("arraycopy");
        }
        if (owner.equals("java/lang/Class")) {
            return member == null || member.equals("desiredAssertionStatus") || member.equals("getName") || member.equals("isInstance")
                    || member.equals("cast");
        }
        if (owner.startsWith("java/lang/invoke/")) {
            return JAVA_LANG_INVOKE.contains(owner.substring("java/lang/invoke/".length()));
        }
        if (owner.startsWith("java/lang/")) {
            String name = owner.substring("java/lang/".length());
            return JAVA_LANG.contains(name) || name.startsWith("Enum$") || name.startsWith("Integer$") || name.startsWith("Character$");
        }
        if (owner.startsWith("java/util/function/") || owner.startsWith("java/time/") || owner.startsWith("java/math/")) {
            return !owner.equals("java/time/Clock") && !owner.equals("java/time/InstantSource");
        }
        if (owner.startsWith("java/util/")) {
            String name = owner.substring("java/util/".length());
            return name.indexOf('/') < 0 && !JAVA_UTIL_DENIED.contains(name);
        }
        return false;
    }

    /** The classes (member null) and members a class file refers to: {owner, member}. */
    static List<String[]> references(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int[][] memberRefs = new int[count][];
            int[][] nameAndTypes = new int[count][];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11 -> memberRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 17, 18 -> {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            List<String[]> refs = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (classNames[i] != 0) {
                    refs.add(new String[] {element(utf8[classNames[i]]), null});
                }
                if (memberRefs[i] != null) {
                    String owner = element(utf8[classNames[memberRefs[i][0]]]);
                    String name = utf8[nameAndTypes[memberRefs[i][1]][0]];
                    refs.add(new String[] {owner, name});
                }
            }
            return refs;
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("a generated class could not be read: " + e.getMessage(), e);
        }
    }

    /** The class of an array descriptor such as {@code [Ljava/lang/String;}, or the name itself. */
    private static String element(String name) {
        String n = name;
        while (n.startsWith("[")) {
            n = n.substring(1);
        }
        if (n.startsWith("L") && n.endsWith(";")) {
            return n.substring(1, n.length() - 1);
        }
        return n.length() == 1 ? "java/lang/Object" : n;
    }
}
