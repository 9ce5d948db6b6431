package io.irready.report;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Gives templates no text longer than {@link #MAX} characters: a value from an account (a resource name, a
 * tag, a message quoting them) can be megabytes long, and a PDF page cannot show it anyway. A longer value
 * ends with a visible marker saying how much was cut and where the whole value is.
 */
final class BoundedTextWrapper extends DefaultObjectWrapper {

    static final int MAX = 1024;

    BoundedTextWrapper() {
        super(Configuration.VERSION_2_3_34);
        setMemberAccessPolicy(ModelOnly.POLICY);
    }

    /**
     * Templates may call the methods of irready's own report model (record accessors, {@code label()}) and an enum's
     * {@code name()}, nothing else: no {@code getClass()}, no method of a JDK or library class.
     */
    private static final class ModelOnly implements ClassMemberAccessPolicy {
        static final MemberAccessPolicy POLICY = new MemberAccessPolicy() {
            @Override
            public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
                return INSTANCE;
            }

            @Override
            public boolean isToStringAlwaysExposed() {
                return true;
            }
        };
        private static final ModelOnly INSTANCE = new ModelOnly();

        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> owner = method.getDeclaringClass();
            return owner.getName().startsWith("io.irready.") || (owner == Enum.class && method.getName().equals("name"));
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
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
