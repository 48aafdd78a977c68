package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.langnghe.harvest.connector.ConnectorFactory;

/** Every connector factory deployed, found by CDI: a new platform package is picked up as it is. */
@ApplicationScoped
public class ConnectorRegistry {
    @Inject
    @Any
    Instance<ConnectorFactory<?>> factories;

    public Optional<ConnectorFactory<?>> find(String type) {
        for (ConnectorFactory<?> f : factories) {
            if (f.type().equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public List<ConnectorFactory<?>> all() {
        List<ConnectorFactory<?>> out = new ArrayList<>();
        factories.forEach(out::add);
        out.sort(Comparator.comparing(ConnectorFactory::type));
        return out;
    }
}
