package vn.langnghe.harvest.connector.constraints;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a message worked out by a validator, such as the reason {@link
 * vn.langnghe.harvest.connector.WebAddress} gives. Bean Validation reads a message as a template, in
 * which {@code {name}} is a parameter and {@code ${...}} an EL expression; the message quotes what the
 * admin typed, so every such character is escaped and the text is shown exactly as written.
 */
public final class LiteralMessage {

    private LiteralMessage() {
    }

    /** Replaces the constraint's default message with {@code message}, taken literally. */
    public static void report(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
    }

    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (ch == '\\' || ch == '{' || ch == '}' || ch == '$') {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
