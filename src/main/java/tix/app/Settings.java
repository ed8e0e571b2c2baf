package tix.app;

import java.util.Map;
import java.util.Optional;

/** Key/value configuration kept in the database (`tix config`). */
public interface Settings {
    Optional<String> get(String key);

    void set(String key, String value);

    void remove(String key);

    Map<String, String> all();
}
