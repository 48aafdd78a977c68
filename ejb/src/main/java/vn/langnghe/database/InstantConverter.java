package vn.langnghe.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} attributes in {@code TIMESTAMP WITH TIME ZONE} columns. Payara's EclipseLink
 * (JPA 3.1) does not know {@code Instant} and would serialise it to bytes; {@link OffsetDateTime} it
 * binds natively on H2 and PostgreSQL.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {
    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
