package io.irready.report;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Gives templates no text longer than {@link #MAX} characters: a value from an account (a resource name, a
 * tag, a message quoting them) can be megabytes long, and a PDF page cannot show it anyway. A longer value
 * ends with a visible marker saying how much was cut and where the whole value is.
 */
final class BoundedTextWrapper extends DefaultObjectWrapper {

    static final int MAX = 1024;

    BoundedTextWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        return super.wrap(value instanceof String text ? bounded(text) : value);
    }

    static String bounded(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return text.substring(0, end) + " … [truncated: the value has " + String.format("%,d", text.length())
                + " characters; the full value is in findings.json]";
    }
}
