package tix.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.TimeRules;

/**
 * `config get|set|unset|list|export|import`: the desk's settings in the database. Keys tix knows (the time rules'
 * timers, see {@link TimeRules#KEYS}) are checked and shown with their defaults; other keys are stored as given.
 */
public final class ConfigService {
    private final Session session;

    public ConfigService(Session session) {
        this.session = session;
    }

    /** One setting: its value, whether that is the default, and what it means (null for keys tix does not know). */
    public record Setting(String key, String value, boolean isDefault, String description) {
    }

    public Setting get(String key) {
        checkKey(key);
        return session.store().read(tx -> {
            var stored = tx.settings().get(key);
            if (stored.isPresent()) return new Setting(key, stored.get(), false, describe(key));
            String[] known = TimeRules.KEYS.get(key);
            if (known == null) throw DomainException.notFound("setting '" + key + "' is not set", "see 'tix config list'");
            return new Setting(key, known[0], true, known[1]);
        });
    }

    /** Every known key (with defaults) and every stored key, sorted. */
    public Map<String, Setting> list() {
        return session.store().read(tx -> {
            Map<String, Setting> out = new TreeMap<>();
            for (var e : TimeRules.KEYS.entrySet()) out.put(e.getKey(), new Setting(e.getKey(), e.getValue()[0], true, e.getValue()[1]));
            for (var e : tx.settings().all().entrySet()) {
                out.put(e.getKey(), new Setting(e.getKey(), e.getValue(), false, describe(e.getKey())));
            }
            return out;
        });
    }

    public Setting set(String key, String value) {
        checkKey(key);
        if (value == null) throw DomainException.usage("no value for " + key, "tix config set KEY VALUE");
        String canonical = TimeRules.check(key, value);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            tx.settings().set(key, canonical);
            if (TimeRules.KEYS.containsKey(key)) tx.time().reconsider(session.now(), null, null);
            return new Setting(key, canonical, false, describe(key));
        });
    }

    /** Removes a stored value (a known key falls back to its default). */
    public Setting unset(String key) {
        checkKey(key);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.settings().get(key).isEmpty()) {
                throw DomainException.notFound("setting '" + key + "' is not set", "see 'tix config list'");
            }
            tx.settings().remove(key);
            if (TimeRules.KEYS.containsKey(key)) tx.time().reconsider(session.now(), null, null);
            String[] known = TimeRules.KEYS.get(key);
            return new Setting(key, known == null ? null : known[0], true, describe(key));
        });
    }

    /** Stored settings only (defaults are not exported, so they keep following tix's defaults). */
    public Map<String, String> export() {
        return session.store().read(tx -> new LinkedHashMap<>(tx.settings().all()));
    }

    /** Sets every pair, all or nothing: one bad value is exit 7 and nothing is written. */
    public int importAll(Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            try {
                checkKey(e.getKey());
                if (e.getValue() == null) throw DomainException.usage("no value for " + e.getKey(), "a string");
                checked.put(e.getKey(), TimeRules.check(e.getKey(), e.getValue()));
            } catch (DomainException ex) {
                throw DomainException.invalidData(ex.getMessage(), "nothing was imported; fix the file");
            }
        }
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            for (var e : checked.entrySet()) tx.settings().set(e.getKey(), e.getValue());
            tx.time().reconsider(session.now(), null, null);
            return checked.size();
        });
    }

    private static String describe(String key) {
        String[] known = TimeRules.KEYS.get(key);
        return known == null ? null : known[1];
    }

    static void checkKey(String key) {
        if (key == null || !key.matches("[a-z0-9_]+(\\.[A-Za-z0-9_-]+)*")) {
            throw DomainException.usage("bad setting key '" + key + "'", "dotted lower-case words like pending.reminder_after");
        }
        // the database is copied, backed up and exported: a secret stored in it would travel with every copy
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (last.contains("password") || last.contains("secret") || last.contains("token")) {
            throw DomainException.usage("'" + key + "' is never stored in the desk",
                    "put it in TIX_MAIL_PASSWORD or in the config file (mode 600)");
        }
    }
}
