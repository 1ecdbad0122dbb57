package be.sos.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The report's Mustache templates, compiled once, and the escaping of every value they insert.
 * Templates are read with this library's own class loader, whatever the host's context class
 * loader is. Thread-safe.
 */
final class Templates {
    private static final String ROOT = "be/sos/report/";

    private Templates() {}

    private static final class Holder {
        static final Mustache PAGE = new Factory().compile("case-report.mustache");
    }

    private static final class ImpactHolder {
        static final Mustache IMPACT = new Factory().compile("impact-report.mustache");
    }

    /** The page template. */
    static Mustache page() {
        return Holder.PAGE;
    }

    /** The impact page template. */
    static Mustache impact() {
        return ImpactHolder.IMPACT;
    }

    /** What writes a whole page to a character stream. */
    interface PageWriter {
        /** Writes the page to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    /** A page as a string. */
    static String string(PageWriter page) {
        StringWriter out = new StringWriter(32 * 1024);
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Fills a template into a character stream, which it flushes and leaves open; a failure of the
     * stream comes out as the IOException it is, not wrapped in Mustache's own exception.
     */
    static void fill(Mustache template, Object scope, Writer out) throws IOException {
        try {
            template.execute(out, scope);
        } catch (MustacheException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof IOException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                throw (IOException) cause;
            }
            throw e;
        }
        out.flush();
    }

    /** Loads templates from this package and escapes every value strictly. */
    private static final class Factory extends DefaultMustacheFactory {
        Factory() {
            super(name -> {
                InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + name);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            });
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                escape(value, writer);
            } catch (IOException e) {
                throw new MustacheException("cannot write the report", e);
            }
        }

        @Override
        public Reader getReader(String resourceName) {
            Reader reader = super.getReader(resourceName);
            if (reader == null) {
                throw new IllegalStateException("report template missing: " + resourceName);
            }
            return reader;
        }
    }

    /**
     * Escapes text for HTML element content and quoted attribute values, SVG included. Unlike
     * Mustache.java's own escaper, it keeps no character reference that was in the text: what the
     * case file says is what the reader sees, {@code &lt;} included.
     */
    static void escape(String value, Writer out) throws IOException {
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '`' -> "&#96;";
                case '=' -> "&#61;";
                default -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r' ? "\uFFFD" : null;
            };
            if (replacement != null) {
                out.write(value, start, i - start);
                out.write(replacement);
                start = i + 1;
            }
        }
        out.write(value, start, value.length() - start);
    }
}
