package io.irready.checks;

import io.irready.batch.BoundCheckSettings;
import io.irready.settings.CheckSettingsBinder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Check settings bound as a run binds them: the packaged defaults of application.yml, then the given YAML over them. */
public final class TestSettings {

    private TestSettings() {
    }

    public static BoundCheckSettings bound(String yaml) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            var loader = new YamlPropertySourceLoader();
            loader.load("defaults", new ClassPathResource("application.yml")).forEach(environment.getPropertySources()::addLast);
            if (!yaml.isBlank()) {
                loader.load("test", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8))).forEach(environment.getPropertySources()::addFirst);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BoundCheckSettings(CheckSettingsBinder.bind(environment));
    }
}
