package vn.langnghe.harvest.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every connector factory of the build, found the way CDI finds them in Payara (any concrete class
 * under {@code harvest.connector} that implements {@link ConnectorFactory}), so that a test over all
 * platforms cannot miss a new one.
 */
final class EveryConnectorFactory {

    private EveryConnectorFactory() {
    }

    static List<ConnectorFactory<?>> list() {
        Path classes = classesFolder();
        Path connectors = classes.resolve(ConnectorFactory.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(connectors)) {
            return files.filter(p -> p.toString().endsWith("Factory.class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EveryConnectorFactory::load)
                    .filter(c -> ConnectorFactory.class.isAssignableFrom(c) && !c.isInterface()
                            && !Modifier.isAbstract(c.getModifiers()))
                    .sorted(Comparator.comparing(Class::getName))
                    .<ConnectorFactory<?>>map(EveryConnectorFactory::create)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path classesFolder() {
        try {
            Path p = Path.of(ConnectorFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("the connectors are not in a folder of classes: " + p);
            }
            return p;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConnectorFactory<?> create(Class<?> type) {
        try {
            return (ConnectorFactory<?>) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be created as CDI would", e);
        }
    }
}
