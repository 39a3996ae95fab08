package kz.sheber.base.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Lets the centre's staff write Kazakh and Russian straight into {@code config/application.properties}.
 * Spring Boot reads {@code .properties} files as ISO-8859-1, which turns UTF-8 text into mojibake; since
 * that decoding keeps every byte, re-reading a value's bytes as UTF-8 gives back what was written. Values that
 * are not valid UTF-8 (a genuine Latin-1 file, or {@code \\u} escapes) are left as they were.
 */
public class Utf8PropertiesFiles implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof OriginTrackedMapPropertySource map
                    && source.getName().contains(".properties")) {
                environment.getPropertySources().replace(source.getName(), transcoded(map));
            }
        }
    }

    private static OriginTrackedMapPropertySource transcoded(OriginTrackedMapPropertySource source) {
        Map<String, Object> values = new LinkedHashMap<>();
        source.getSource().forEach((key, value) -> values.put(key, transcoded(value)));
        return new OriginTrackedMapPropertySource(source.getName(), values, source.isImmutable());
    }

    private static Object transcoded(Object value) {
        if (value instanceof OriginTrackedValue tracked && tracked.getValue() instanceof String text) {
            return asUtf8(text)
                    .map(fixed -> (Object) OriginTrackedValue.of(fixed, tracked.getOrigin()))
                    .orElse(value);
        }
        if (value instanceof String text) {
            return asUtf8(text).<Object>map(fixed -> fixed).orElse(value);
        }
        return value;
    }

    static Optional<String> asUtf8(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
